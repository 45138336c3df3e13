/**
 * Kaplan-Meier quantiles of right-censored durations: a case still sick at the end of the history (or whose
 * raskmelding a praktik held back) tells only that recovery came later, so it must not count as a recovery.
 */

export interface CensoredDuration {
  readonly days: number;
  /** True when the event (recovery) was observed at `days`; false when only known to be later. */
  readonly observed: boolean;
}

/**
 * The smallest duration at which the Kaplan-Meier estimate of P(T <= t) reaches `p`, or undefined when the
 * survival curve never falls that far (too much censoring).
 * @example kaplanMeierQuantile([{ days: 10, observed: true }, { days: 20, observed: false }], 0.5)
 */
export const kaplanMeierQuantile = (
  data: ReadonlyArray<CensoredDuration>,
  p: number,
): number | undefined => {
  // At equal times events come before censorings (the usual convention).
  const sorted = [...data].sort(
    (a, b) => a.days - b.days || Number(b.observed) - Number(a.observed),
  );
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const t = (sorted[i] as CensoredDuration).days;
    let events = 0;
    let leaving = 0;
    while (i < sorted.length && (sorted[i] as CensoredDuration).days === t) {
      if ((sorted[i] as CensoredDuration).observed) events++;
      leaving++;
      i++;
    }
    if (events > 0) survival *= 1 - events / atRisk;
    if (1 - survival >= p - 1e-12) return t;
    atRisk -= leaving;
  }
  return undefined;
};
