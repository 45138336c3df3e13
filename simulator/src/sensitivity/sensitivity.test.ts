import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimatedParameters, withParameter } from "./estimatedParameters";
import { latinHypercube } from "./latinHypercube";
import { rankCorrelation } from "./rankCorrelation";
import { signStableShare } from "./signStableShare";

describe("estimatedParameters", () => {
  const params = { a: { b: 2 }, c: [1, 2], d: 5, horizon: { weeks: 52 }, e: 3 };
  const provenance = new Map<string, { kind: string; estimate?: { low: unknown; high: unknown } }>([
    ["a.b", { kind: "estimate", estimate: { low: 1, high: 3 } }],
    ["c", { kind: "estimate", estimate: { low: 0, high: 4 } }],
    ["d", { kind: "estimate", estimate: { low: 5, high: 5 } }],
    ["horizon.weeks", { kind: "estimate", estimate: { low: 26, high: 104 } }],
    ["e", { kind: "source" }],
  ]);
  it("keeps numeric estimates with a real range and skips arrays, degenerate ranges, run settings and sources", () => {
    expect(estimatedParameters(provenance, params)).toEqual([
      { path: "a.b", value: 2, low: 1, high: 3 },
    ]);
  });
  it("sets a nested value without touching the input", () => {
    const next = withParameter(params, "a.b", 9);
    expect(next.a.b).toBe(9);
    expect(params.a.b).toBe(2);
  });
});

describe("latinHypercube", () => {
  it("puts exactly one value in each stratum of every range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, seed) => {
          const rows = latinHypercube(
            [
              { low: 0, high: 1 },
              { low: 10, high: 30 },
            ],
            n,
            seed,
          );
          const strata = (col: number, low: number, high: number) =>
            rows
              .map((r) => Math.floor((((r[col] as number) - low) / (high - low)) * n))
              .sort((a, b) => a - b);
          const all = Array.from({ length: n }, (_, i) => i);
          expect(strata(0, 0, 1)).toEqual(all);
          expect(strata(1, 10, 30)).toEqual(all);
        },
      ),
      { seed: 42 },
    );
  });
  it("is deterministic for a seed", () => {
    expect(latinHypercube([{ low: 0, high: 1 }], 5, 3)).toEqual(
      latinHypercube([{ low: 0, high: 1 }], 5, 3),
    );
  });
});

describe("rankCorrelation", () => {
  it("is 1 for any increasing relation and -1 for a decreasing one", () => {
    expect(rankCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });
  it("uses average ranks for ties and drops missing values", () => {
    // ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4 -> rho = 0.9487
    expect(rankCorrelation([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9486833, 6);
    expect(rankCorrelation([1, 2, 3, 4], [1, null, 3, 4])).toBeCloseTo(1);
    expect(rankCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe("signStableShare", () => {
  it("counts CIs that exclude 0 on the base case's side", () => {
    const base = { mean: -5, ci95: [-7, -3] as const };
    const samples = [
      { mean: -4, ci95: [-6, -2] as const },
      { mean: -1, ci95: [-3, 1] as const },
      { mean: 2, ci95: [1, 3] as const },
      { mean: null, ci95: null },
    ];
    expect(signStableShare(base, samples)).toBe(0.25);
    expect(signStableShare({ mean: 0, ci95: [0, 0] }, samples)).toBe(0);
  });
});
