import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ecdf, quantile } from "./ecdf";

describe("ecdf", () => {
  it("gives one point per distinct value with the cumulative share", () => {
    expect(ecdf([3, 1, 1])).toEqual([
      { x: 1, y: 2 / 3 },
      { x: 3, y: 1 },
    ]);
  });
  it("drops non-finite values and is empty for an empty sample", () => {
    expect(ecdf([Number.NaN, 2])).toEqual([{ x: 2, y: 1 }]);
    expect(ecdf([])).toEqual([]);
  });
  it("is strictly increasing in x and y and ends at 1", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1 }), (xs) => {
        const pts = ecdf(xs);
        for (let i = 1; i < pts.length; i++) {
          expect((pts[i] as { x: number }).x).toBeGreaterThan((pts[i - 1] as { x: number }).x);
          expect((pts[i] as { y: number }).y).toBeGreaterThan((pts[i - 1] as { y: number }).y);
        }
        expect(pts[pts.length - 1]?.y).toBe(1);
      }),
      { seed: 11, verbose: true },
    );
  });
});

describe("quantile", () => {
  it("inverts the ECDF", () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 1)).toBe(5);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});
