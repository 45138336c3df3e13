/**
 * Data-driven samplers: empirical quantiles (piecewise-linear inverse CDF), histograms
 * (piecewise-uniform), and discrete choice by weight. Used when calibrating from history.
 */
import { Result } from "effect";
import { DistributionParameterInvalid, type DistributionResult } from "./distribution";
import type { Rng } from "./rng";

const invalid = (distribution: string, parameter: string, value: unknown, rule: string) =>
  Result.fail(new DistributionParameterInvalid({ distribution, parameter, value, rule }));

/** First index i with cumulative[i] > u (binary search); cumulative ends at 1. */
function searchCumulative(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function normalizedCumulative(weights: ReadonlyArray<number>): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(weights.length);
  let run = 0;
  weights.forEach((w, i) => {
    run += w;
    cumulative[i] = run / total;
  });
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

function badWeight(weights: ReadonlyArray<number>): number {
  return weights.findIndex((w) => !(Number.isFinite(w) && w >= 0));
}

/**
 * Empirical distribution from equally spaced quantiles q0 (min) .. qm (max), interpolated linearly.
 * @example empiricalQuantiles([1, 2, 4, 10]) // quartiles 0, 1/3, 2/3, 1 of a skewed duration
 */
export function empiricalQuantiles(quantiles: ReadonlyArray<number>): DistributionResult {
  if (quantiles.length < 2)
    return invalid("empiricalQuantiles", "quantiles.length", quantiles.length, "must be >= 2");
  const i = quantiles.findIndex(
    (q, k) => !Number.isFinite(q) || (k > 0 && q < (quantiles[k - 1] as number)),
  );
  if (i >= 0)
    return invalid(
      "empiricalQuantiles",
      `quantiles[${i}]`,
      quantiles[i],
      "must be finite and non-decreasing",
    );
  const q = Float64Array.from(quantiles);
  const m = q.length - 1;
  let mean = 0;
  let second = 0;
  for (let k = 0; k < m; k++) {
    const a = q[k] as number;
    const b = q[k + 1] as number;
    mean += (a + b) / 2 / m;
    second += (a * a + a * b + b * b) / 3 / m;
  }
  return Result.succeed({
    name: "empiricalQuantiles",
    mean,
    variance: Math.max(0, second - mean * mean),
    sample: (rng: Rng) => {
      const x = rng.float() * m;
      const k = Math.floor(x);
      const a = q[k] as number;
      return a + (x - k) * ((q[k + 1] as number) - a);
    },
  });
}

/** Histogram: `edges` has one more entry than `weights`; uniform within a bin. */
export function histogram(
  edges: ReadonlyArray<number>,
  weights: ReadonlyArray<number>,
): DistributionResult {
  if (weights.length < 1 || edges.length !== weights.length + 1)
    return invalid(
      "histogram",
      "edges.length",
      edges.length,
      `must be weights.length + 1 = ${weights.length + 1}`,
    );
  const e = edges.findIndex(
    (x, k) => !Number.isFinite(x) || (k > 0 && x <= (edges[k - 1] as number)),
  );
  if (e >= 0)
    return invalid("histogram", `edges[${e}]`, edges[e], "must be finite and strictly increasing");
  const w = badWeight(weights);
  if (w >= 0) return invalid("histogram", `weights[${w}]`, weights[w], "must be finite and >= 0");
  if (!weights.some((x) => x > 0))
    return invalid("histogram", "weights", "all zero", "need one weight > 0");
  const cumulative = normalizedCumulative(weights);
  let mean = 0;
  let second = 0;
  let prev = 0;
  for (let k = 0; k < weights.length; k++) {
    const p = (cumulative[k] as number) - prev;
    prev = cumulative[k] as number;
    const a = edges[k] as number;
    const b = edges[k + 1] as number;
    mean += (p * (a + b)) / 2;
    second += (p * (a * a + a * b + b * b)) / 3;
  }
  return Result.succeed({
    name: "histogram",
    mean,
    variance: Math.max(0, second - mean * mean),
    sample: (rng: Rng) => {
      const k = searchCumulative(cumulative, rng.float());
      const a = edges[k] as number;
      return a + rng.float() * ((edges[k + 1] as number) - a);
    },
  });
}

/** Discrete choice: `sample` returns an index 0..weights.length-1 with probability proportional to its weight. */
export function discreteChoice(weights: ReadonlyArray<number>): DistributionResult {
  const w = badWeight(weights);
  if (w >= 0)
    return invalid("discreteChoice", `weights[${w}]`, weights[w], "must be finite and >= 0");
  if (!weights.some((x) => x > 0))
    return invalid(
      "discreteChoice",
      "weights",
      weights.length === 0 ? "empty" : "all zero",
      "need one weight > 0",
    );
  const cumulative = normalizedCumulative(weights);
  let mean = 0;
  let second = 0;
  let prev = 0;
  cumulative.forEach((c, k) => {
    mean += (c - prev) * k;
    second += (c - prev) * k * k;
    prev = c;
  });
  return Result.succeed({
    name: "discreteChoice",
    mean,
    variance: second - mean * mean,
    sample: (rng: Rng) => searchCumulative(cumulative, rng.float()),
  });
}
