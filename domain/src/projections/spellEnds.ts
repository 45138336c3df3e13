/** Day-list helpers and the ends of the sygedagpenge and jobafklaring spells (exclusive epoch days). */
import type { CaseFacts } from "./caseFacts";

/** First element of a sorted day list that is >= `from`. */
export const firstOnOrAfter = (days: ReadonlyArray<number>, from: number): number | undefined => {
  for (const d of days) if (d >= from) return d;
  return undefined;
};

/** Minimum of the defined values, or undefined. */
export const minDay = (...days: ReadonlyArray<number | undefined>): number | undefined => {
  let m: number | undefined;
  for (const d of days) if (d !== undefined && (m === undefined || d < m)) m = d;
  return m;
};

/** End (exclusive) of the sygedagpenge spell: jobafklaring, raskmelding, job or close, whichever first. */
export const sygedagpengeEnd = (f: CaseFacts): number | undefined =>
  minDay(f.jobafklaringDay, f.raskmeldingDay, f.jobDay, f.closedDay);

/** End (exclusive) of jobafklaring: raskmelding, job or close after its start. */
export const jobafklaringEnd = (f: CaseFacts): number | undefined =>
  f.jobafklaringDay === undefined ? undefined : minDay(f.raskmeldingDay, f.jobDay, f.closedDay);
