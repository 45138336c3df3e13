/** Sign stability: how often a sampled difference's CI excludes 0 on the same side as the base case's mean. */

export interface DifferenceEstimate {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
}

/** Share of `samples` whose CI lies wholly on the base mean's side of 0; 0 when the base mean is 0 or missing. */
export const signStableShare = (
  base: DifferenceEstimate,
  samples: ReadonlyArray<DifferenceEstimate>,
): number => {
  if (samples.length === 0 || base.mean === null || base.mean === 0) return 0;
  const positive = base.mean > 0;
  const stable = samples.filter(
    (s) => s.ci95 !== null && (positive ? s.ci95[0] > 0 : s.ci95[1] < 0),
  ).length;
  return stable / samples.length;
};
