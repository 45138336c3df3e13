import { describe, expect, it } from "vitest";
import { shareInterval } from "./shareInterval";

describe("shareInterval (Wilson)", () => {
  it("matches a textbook value: 8 of 10 gives about 0.490 to 0.943", () => {
    const [lo, hi] = shareInterval(8, 10) ?? [0, 0];
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });
  it("stays inside [0, 1] at the extremes and is null with nothing due", () => {
    expect(shareInterval(0, 5)?.[0]).toBe(0);
    expect(shareInterval(5, 5)?.[1]).toBe(1);
    expect(shareInterval(0, 0)).toBeNull();
  });
});
