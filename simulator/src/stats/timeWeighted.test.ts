import { describe, expect, it } from "vitest";
import { Tally } from "./tally";
import { TimeWeighted } from "./timeWeighted";

describe("TimeWeighted", () => {
  it("averages a level over time and restarts at reset", () => {
    const level = new TimeWeighted(0);
    level.update(2, 4); // 0 for [0,2)
    level.update(4, 1); // 4 for [2,4)
    expect(level.mean(6)).toBeCloseTo((0 * 2 + 4 * 2 + 1 * 2) / 6, 12);
    expect(level.max).toBe(4);
    level.reset(6);
    expect(level.mean(6)).toBeNull();
    expect(level.mean(8)).toBe(1);
  });
});

describe("Tally", () => {
  it("keeps mean and sample variance, null when undefined", () => {
    const t = new Tally();
    expect(t.mean).toBeNull();
    for (const x of [2, 4, 6]) t.add(x);
    expect(t.mean).toBe(4);
    expect(t.variance).toBe(4);
    t.reset();
    t.add(1);
    expect(t.variance).toBeNull();
  });
});
