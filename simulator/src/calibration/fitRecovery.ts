/**
 * Lognormal recovery per diagnosegruppe from Kaplan-Meier quantiles: ln q_p = ln median + sigma z_p fitted by least
 * squares over p = 0.4..0.9. The lowest quantiles are left out because the lower tail is clipped: a raskmelding
 * cannot come before the sygemelding reached the municipality (makeCitizen.ts).
 */
import { normalQuantile } from "../stats/specialFunctions";
import type { CaseRecord } from "./caseRecord";
import { type CensoredDuration, kaplanMeierQuantile } from "./kaplanMeier";

export interface RecoveryFit {
  readonly medianWeeks: number;
  readonly sigma: number;
  readonly cases: number;
  readonly censored: number;
}

/** Fewer cases than this leave a group's recovery at its base value. */
export const MIN_RECOVERY_CASES = 30;

/**
 * Recovery days of a case, right-censored when the case is still sick at `asOf` or closed without raskmelding.
 * A raskmelding on the day a praktik ended was held back by it (ledigPhase.ts): recovery came during the praktik,
 * and the midpoint stands in for it.
 */
export const recoveryDuration = (r: CaseRecord, asOf: number): CensoredDuration => {
  const fa = r.firstAbsenceDay;
  if (
    r.praktikDay !== undefined &&
    r.raskmeldingDay !== undefined &&
    r.raskmeldingDay === r.praktikEndDay
  )
    return { days: (r.praktikDay + r.raskmeldingDay) / 2 - fa, observed: true };
  if (r.raskmeldingDay !== undefined) return { days: r.raskmeldingDay - fa, observed: true };
  return { days: Math.min(r.closedDay ?? asOf, asOf) - fa, observed: false };
};

const PROBABILITIES = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Least-squares line through (z_p, ln q_p): intercept ln median, slope sigma. */
const quantileLine = (
  data: ReadonlyArray<CensoredDuration>,
): { median: number; sigma: number } | undefined => {
  const points = PROBABILITIES.flatMap((p) => {
    const q = kaplanMeierQuantile(data, p);
    return q === undefined || q <= 0 ? [] : [{ z: normalQuantile(p), y: Math.log(q) }];
  });
  if (points.length < 3) return undefined;
  const zMean = points.reduce((a, b) => a + b.z, 0) / points.length;
  const yMean = points.reduce((a, b) => a + b.y, 0) / points.length;
  const sxy = points.reduce((a, b) => a + (b.z - zMean) * (b.y - yMean), 0);
  const sxx = points.reduce((a, b) => a + (b.z - zMean) ** 2, 0);
  const sigma = sxy / sxx;
  return sigma > 0 ? { median: Math.exp(yMean - sigma * zMean), sigma } : undefined;
};

export const fitRecovery = (
  records: ReadonlyArray<CaseRecord>,
  asOf: number,
): Record<string, RecoveryFit> => {
  const byGroup = new Map<string, CensoredDuration[]>();
  for (const r of records) {
    const list = byGroup.get(r.diagnosisGroup) ?? [];
    list.push(recoveryDuration(r, asOf));
    byGroup.set(r.diagnosisGroup, list);
  }
  const out: Record<string, RecoveryFit> = {};
  for (const [group, data] of byGroup) {
    if (data.length < MIN_RECOVERY_CASES) continue;
    const line = quantileLine(data);
    if (line === undefined) continue;
    out[group] = {
      medianWeeks: line.median / 7,
      sigma: line.sigma,
      cases: data.length,
      censored: data.filter((d) => !d.observed).length,
    };
  }
  return out;
};
