/** Empirical quantile of a sample by linear interpolation between order statistics (Hyndman & Fan type 7). */

/** The `p` quantile of `values`, or undefined for an empty sample. */
export const sampleQuantile = (values: ReadonlyArray<number>, p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
};

/** Share of `part` in `whole`, or undefined when `whole` is 0. */
export const shareOf = (part: number, whole: number): number | undefined =>
  whole > 0 ? part / whole : undefined;
