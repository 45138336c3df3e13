/** Empirical CDF of a sample as step points, for overlaid ECDF plots. */

export interface EcdfPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * One point per distinct value: y is the share of the sample at or below x. Non-finite values are dropped.
 * @example ecdf([3, 1, 1]) // [{x: 1, y: 2/3}, {x: 3, y: 1}]
 */
export const ecdf = (sample: ReadonlyArray<number>): ReadonlyArray<EcdfPoint> => {
  const xs = sample.filter(Number.isFinite).sort((a, b) => a - b);
  const out: EcdfPoint[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (i + 1 < xs.length && xs[i + 1] === x) continue;
    out.push({ x, y: (i + 1) / xs.length });
  }
  return out;
};

/** The p-quantile (0..1) by the inverse ECDF; undefined for an empty sample. */
export const quantile = (sample: ReadonlyArray<number>, p: number): number | undefined => {
  const xs = sample.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const i = Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1));
  return xs[i];
};
