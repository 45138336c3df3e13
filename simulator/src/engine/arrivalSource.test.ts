import { describe, expect, it } from "vitest";
import { arrivalSource } from "./arrivalSource";
import { Simulation } from "./simulation";

describe("arrivalSource", () => {
  it("keeps exactly one pending arrival", () => {
    const sim = new Simulation();
    const pendingSeen: Array<number> = [];
    arrivalSource(
      sim,
      () => 1,
      (_, s) => pendingSeen.push(s.pending),
    );
    sim.run(1000);
    expect(pendingSeen).toHaveLength(999); // arrivals at 1..999; 1000 is the open end
    expect(new Set(pendingSeen)).toEqual(new Set([1]));
  });

  it("honours firstAt, limit and an Infinity gap", () => {
    const sim = new Simulation();
    const times: Array<number> = [];
    arrivalSource(
      sim,
      () => 2,
      (_, s) => times.push(s.now),
      { firstAt: 1, limit: 3 },
    );
    const gaps = [1, 1, Number.POSITIVE_INFINITY];
    const other: Array<number> = [];
    arrivalSource(
      sim,
      () => gaps.shift() as number,
      (i) => other.push(i),
    );
    sim.run();
    expect(times).toEqual([1, 3, 5]);
    expect(other).toEqual([0, 1]);
  });

  it("stop() cancels the pending arrival", () => {
    const sim = new Simulation();
    const source = arrivalSource(
      sim,
      () => 1,
      (i) => i === 4 && source.stop(),
    );
    sim.run(100);
    expect(source.count).toBe(5);
    expect(sim.pending).toBe(0);
  });
});
