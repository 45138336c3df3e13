import { Result } from "effect";
import { describe, expect, it } from "vitest";
import {
  exponential,
  gamma,
  lognormal,
  lognormalFromMoments,
  normal,
  triangular,
  uniform,
  weibull,
} from "./continuousDistributions";
import type { Distribution, DistributionResult } from "./distribution";
import { discreteChoice, empiricalQuantiles, histogram } from "./empiricalDistributions";
import { Rng } from "./rng";

const N = 200_000;
const ok = (r: DistributionResult): Distribution => Result.getOrThrow(r);

/**
 * Sample mean and variance against theory, with tolerances from the sample size: 5 standard
 * errors, SE(mean) = sd/√n and SE(var) = √((m4 - s⁴)/n) from the sample's own fourth moment.
 */
function expectMoments(d: Distribution, seed: number): void {
  const rng = new Rng(seed);
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = d.sample(rng);
  const mean = xs.reduce((a, b) => a + b, 0) / N;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    m2 += d2 / N;
    m4 += (d2 * d2) / N;
  }
  expect(d.mean).not.toBeNull();
  expect(Math.abs(mean - (d.mean as number))).toBeLessThan(5 * Math.sqrt(m2 / N));
  expect(Math.abs(m2 - (d.variance as number))).toBeLessThan(5 * Math.sqrt((m4 - m2 * m2) / N));
}

describe("distributions match their theoretical moments", () => {
  const cases: Array<[string, DistributionResult]> = [
    ["exponential", exponential(3)],
    ["uniform", uniform(2, 5)],
    ["triangular", triangular(1, 2, 6)],
    ["normal", normal(10, 2)],
    ["lognormal", lognormal(1, 0.5)],
    ["gamma shape 2.5", gamma(2.5, 1.5)],
    ["gamma shape 0.4", gamma(0.4, 2)],
    ["weibull", weibull(1.5, 4)],
    ["empiricalQuantiles", empiricalQuantiles([0, 1, 2, 5, 14])],
    ["histogram", histogram([0, 1, 3, 10], [2, 5, 1])],
    ["discreteChoice", discreteChoice([0.2, 0, 0.5, 0.3])],
  ];
  cases.forEach(([name, d], i) => {
    it(name, () => expectMoments(ok(d), 1000 + i));
  });

  it("lognormalFromMoments reproduces the requested mean and sd", () => {
    const d = ok(lognormalFromMoments(20, 15));
    expect(d.mean).toBeCloseTo(20, 10);
    expect(Math.sqrt(d.variance as number)).toBeCloseTo(15, 10);
  });
});

describe("truncated normal", () => {
  it("stays within its bounds and matches the truncated mean", () => {
    const d = ok(normal(0, 1, 0, Number.POSITIVE_INFINITY));
    const rng = new Rng(5);
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < N; i++) {
      const x = d.sample(rng);
      min = Math.min(min, x);
      sum += x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    // Half-normal mean √(2/π) ≈ 0.7979, sd 0.6028; 5 standard errors.
    expect(Math.abs(sum / N - Math.sqrt(2 / Math.PI))).toBeLessThan((5 * 0.6028) / Math.sqrt(N));
  });
});

describe("parameter validation", () => {
  const failure = (r: DistributionResult) => (Result.isFailure(r) ? r.failure : undefined);
  it("names the parameter and the value", () => {
    expect(failure(exponential(-3))).toMatchObject({
      _tag: "DistributionParameterInvalid",
      parameter: "mean",
      value: -3,
    });
    expect(failure(gamma(1, 0))).toMatchObject({ parameter: "scale", value: 0 });
    expect(failure(triangular(1, 0, 3))).toMatchObject({ parameter: "mode" });
    expect(failure(normal(0, 1, 5, 4))).toMatchObject({ parameter: "upper" });
    expect(failure(lognormalFromMoments(0, 1))).toMatchObject({ parameter: "mean", value: 0 });
    expect(failure(empiricalQuantiles([1, 0.5]))).toMatchObject({
      parameter: "quantiles[1]",
      value: 0.5,
    });
    expect(failure(histogram([0, 1], [1, 2]))).toMatchObject({ parameter: "edges.length" });
    expect(failure(discreteChoice([0, 0]))).toMatchObject({ parameter: "weights" });
    expect(failure(weibull(Number.NaN, 1))?.message).toBe("weibull: shape NaN must be > 0");
  });
});
