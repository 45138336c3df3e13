/**
 * Summary of replication results: mean, sample sd and the 95% Student-t confidence interval.
 * Undefined figures are null, never NaN, and `n` always says how many values went in.
 */
import { studentTQuantile } from "./studentT";

export interface Summary {
  readonly n: number;
  readonly mean: number | null;
  /** Sample standard deviation (n - 1 denominator); null when n < 2. */
  readonly sd: number | null;
  /** 95% CI for the mean, mean ± t(0.975, n-1)·sd/√n; null when n < 2. */
  readonly ci95: readonly [number, number] | null;
}

/** Non-finite values (NaN from a replication with no observations) are skipped and not counted. */
export function summarize(values: ReadonlyArray<number | null>): Summary {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  // Welford's update avoids the cancellation of sum-of-squares on large, close values.
  for (const x of values) {
    if (x === null || !Number.isFinite(x)) continue;
    n++;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  if (n === 0) return { n, mean: null, sd: null, ci95: null };
  if (n === 1) return { n, mean, sd: null, ci95: null };
  const sd = Math.sqrt(m2 / (n - 1));
  const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, ci95: [mean - half, mean + half] };
}
