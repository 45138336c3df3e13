import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { batchMeans } from "./batchMeans";
import { pairedDifference } from "./pairedDifference";
import { studentTQuantile } from "./studentT";
import { summarize } from "./summarize";

describe("studentTQuantile", () => {
  // Reference values from standard t tables (two-sided 95% and 99%).
  const table: Array<[number, number, number]> = [
    [0.975, 1, 12.7062047],
    [0.975, 2, 4.3026527],
    [0.975, 4, 2.7764451],
    [0.975, 9, 2.2621572],
    [0.975, 29, 2.0452296],
    [0.975, 120, 1.9799304],
    [0.995, 5, 4.032143],
    [0.9, 3, 1.6377444],
  ];
  it.each(table)("t(%d, df=%d) = %d", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 6);
  });
  it("is symmetric and tends to the normal quantile", () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 12);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 5);
  });
});

describe("summarize", () => {
  it("gives mean, sd and the Student-t 95% CI", () => {
    const s = summarize([1, 2, 3, 4, 5]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    const half = (2.7764451 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(s.ci95?.[0]).toBeCloseTo(3 - half, 6);
    expect(s.ci95?.[1]).toBeCloseTo(3 + half, 6);
  });
  it("returns null, not NaN, where a figure is undefined", () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, ci95: null });
    expect(summarize([4])).toEqual({ n: 1, mean: 4, sd: null, ci95: null });
    expect(summarize([null, Number.NaN, 2, 4]).n).toBe(2);
  });
});

describe("pairedDifference", () => {
  it("summarizes variant minus baseline by replication index", () => {
    const d = Result.getOrThrow(pairedDifference([11, 12, 14], [10, 10, 11]));
    expect(d.n).toBe(3);
    expect(d.mean).toBeCloseTo(2, 12);
  });
  it("drops pairs with a null side and fails on unequal counts", () => {
    expect(Result.getOrThrow(pairedDifference([1, null, 3], [0, 0, 1])).n).toBe(2);
    const r = pairedDifference([1, 2], [1]);
    expect(Result.isFailure(r) && r.failure).toMatchObject({
      _tag: "ReplicationCountMismatch",
      variant: 2,
      baseline: 1,
    });
  });
});

describe("batchMeans", () => {
  it("averages consecutive batches, dropping leading leftovers", () => {
    const r = Result.getOrThrow(batchMeans([100, 1, 1, 3, 3], 2));
    expect(r.n).toBe(2);
    expect(r.mean).toBe(2);
  });
  it("rejects fewer than 2 batches or more batches than observations", () => {
    const tooFew = batchMeans([1, 2, 3], 1);
    const tooMany = batchMeans([1, 2, 3], 4);
    expect(Result.isFailure(tooFew) && tooFew.failure.rule).toBe("must be an integer >= 2");
    expect(Result.isFailure(tooMany) && tooMany.failure).toMatchObject({
      batches: 4,
      observations: 3,
    });
  });
});
