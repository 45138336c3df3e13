/**
 * Run-level KPIs as plain reductions over case summaries (history and simulation alike).
 * Horizons are inclusive epoch-day ranges; a KPI with no observations has value NaN and n 0.
 */
import type { DeadlineRule } from "./deadline";
import type { CaseSummary } from "./summarizeCase";

export interface Horizon {
  readonly from: number;
  readonly to: number;
}

export interface KpiValue {
  readonly value: number;
  readonly n: number;
}

const within = (day: number | undefined, h: Horizon | undefined): day is number =>
  day !== undefined && (h === undefined || (day >= h.from && day <= h.to));

export const meanOf = (values: ReadonlyArray<number>): KpiValue => {
  let sum = 0;
  for (const v of values) sum += v;
  return { value: values.length === 0 ? Number.NaN : sum / values.length, n: values.length };
};

/** Cases that ended (closed or job start) within the horizon. */
export const ended = (s: ReadonlyArray<CaseSummary>, h?: Horizon): ReadonlyArray<CaseSummary> =>
  s.filter((c) => within(c.endDay, h));

/** Mean days from raskmelding to first virksomhedsservice contact, for raskmeldinger in the horizon. */
export const waitRaskmeldingToVirksomhedsserviceDays = (
  s: ReadonlyArray<CaseSummary>,
  h?: Horizon,
): KpiValue =>
  meanOf(
    s
      .filter((c) => within(c.raskmeldingDay, h))
      .flatMap((c) => c.waits.raskmeldingToVirksomhedsserviceDays ?? []),
  );

/** Mean days from raskmelding to job start, for raskmeldinger in the horizon that led to a job. */
export const waitRaskmeldingToJobDays = (s: ReadonlyArray<CaseSummary>, h?: Horizon): KpiValue =>
  meanOf(
    s.filter((c) => within(c.raskmeldingDay, h)).flatMap((c) => c.waits.raskmeldingToJobDays ?? []),
  );

/** Mean total weeks on ydelse of cases ended in the horizon. */
export const weeksOnYdelse = (s: ReadonlyArray<CaseSummary>, h?: Horizon): KpiValue =>
  meanOf(ended(s, h).map((c) => c.weeksOnYdelse.total));

/** Rettidighed = met / (met + late) over deadlines due in the horizon, optionally for one rule. */
export const rettidighed = (
  s: ReadonlyArray<CaseSummary>,
  h?: Horizon,
  rule?: DeadlineRule,
): KpiValue => {
  let met = 0;
  let late = 0;
  for (const c of s) {
    for (const d of c.deadlines) {
      if (d.status === "open" || !within(d.due, h) || (rule !== undefined && d.rule !== rule))
        continue;
      if (d.status === "met") met++;
      else late++;
    }
  }
  const n = met + late;
  return { value: n === 0 ? Number.NaN : met / n, n };
};

/** Rettidighed of the first opfølgningssamtale (spells still open at day 56, not kat 1). */
export const rettidighedFirstOpfoelgning = (s: ReadonlyArray<CaseSummary>, h?: Horizon): KpiValue =>
  rettidighed(s, h, "foersteOpfoelgning");

/** Share of cases ended in the horizon whose outcome is a job. */
export const shareEndingInJob = (s: ReadonlyArray<CaseSummary>, h?: Horizon): KpiValue =>
  meanOf(ended(s, h).map((c) => (c.outcome === "job" ? 1 : 0)));

/** Mean total cost (benefit + staff) of cases ended in the horizon. */
export const costPerCaseDkk = (s: ReadonlyArray<CaseSummary>, h?: Horizon): KpiValue =>
  meanOf(ended(s, h).map((c) => c.cost.totalDkk));

const DAYS_PER_MONTH = 365.2425 / 12;

/** Lovpligtige opfølgningssamtaler held in the horizon per month (n = samtaler counted). */
export const samtalerPerMonth = (s: ReadonlyArray<CaseSummary>, h: Horizon): KpiValue => {
  let n = 0;
  for (const c of s) for (const d of c.samtaleDays) if (within(d, h)) n++;
  return { value: n / ((h.to - h.from + 1) / DAYS_PER_MONTH), n };
};
