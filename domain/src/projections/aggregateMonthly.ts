/** Monthly aggregates over case summaries: rettidighed per rule and overall, active caseload, samtaler, outcomes. */
import { civilFromDays, daysFromCivil, fromEpochDay, toEpochDay } from "../time/epochDay";
import { daysInMonth } from "../time/calendarMath";
import type { DeadlineRule } from "./deadline";
import type { CaseOutcome, CaseSummary } from "./summarizeCase";

export interface Ratio {
  readonly met: number;
  readonly late: number;
  /** met / (met + late); NaN when no deadline was due. */
  readonly share: number;
}

export interface MonthlyKpis {
  readonly month: string;
  readonly rettidighed: Ratio;
  readonly rettidighedByRule: Readonly<Partial<Record<DeadlineRule, Ratio>>>;
  readonly caseloadAverage: number;
  readonly caseloadEnd: number;
  readonly samtaler: number;
  readonly newCases: number;
  readonly outcomes: Readonly<Record<Exclude<CaseOutcome, "open">, number>>;
}

const ratio = (met: number, late: number): Ratio => ({
  met,
  late,
  share: met + late === 0 ? Number.NaN : met / (met + late),
});
const toDay = (d: string | number): number =>
  typeof d === "number" ? Math.floor(d) : toEpochDay(d);

/** Active cases per day over `[from, to]`: received on or before the day, not yet ended (close or job start). */
export const activeCaseloadPerDay = (
  s: ReadonlyArray<CaseSummary>,
  from: number,
  to: number,
): Int32Array => {
  const delta = new Int32Array(to - from + 2);
  for (const c of s) {
    const start = Math.max(c.receivedDay, from);
    const end = Math.min(c.endDay ?? to + 1, to + 1);
    if (end <= start) continue;
    delta[start - from] = (delta[start - from] ?? 0) + 1;
    delta[end - from] = (delta[end - from] ?? 0) - 1;
  }
  const out = new Int32Array(to - from + 1);
  let running = 0;
  for (let i = 0; i < out.length; i++) out[i] = running += delta[i] ?? 0;
  return out;
};

type Tally = { met: number; late: number };

/** Adds the deadlines due in `[first, last]` to the overall and per-rule tallies. */
const tallyDeadlines = (
  c: CaseSummary,
  first: number,
  last: number,
  all: Tally,
  byRule: Partial<Record<DeadlineRule, Tally>>,
): void => {
  for (const d of c.deadlines) {
    if (d.status === "open" || d.due < first || d.due > last) continue;
    byRule[d.rule] ??= { met: 0, late: 0 };
    const r = byRule[d.rule] as Tally;
    const key = d.status === "met" ? "met" : "late";
    all[key]++;
    r[key]++;
  }
};

const monthOf = (
  s: ReadonlyArray<CaseSummary>,
  first: number,
  last: number,
  load: Int32Array,
  base: number,
): MonthlyKpis => {
  const all: Tally = { met: 0, late: 0 };
  const byRule: Partial<Record<DeadlineRule, Tally>> = {};
  let samtaler = 0;
  let newCases = 0;
  const outcomes = { job: 0, raskmeldt: 0, other: 0 };
  const inMonth = (day: number | undefined): day is number =>
    day !== undefined && day >= first && day <= last;
  for (const c of s) {
    tallyDeadlines(c, first, last, all, byRule);
    for (const day of c.samtaleDays) if (inMonth(day)) samtaler++;
    if (inMonth(c.receivedDay)) newCases++;
    if (inMonth(c.endDay) && c.outcome !== "open") outcomes[c.outcome]++;
  }
  let sum = 0;
  for (let d = first; d <= last; d++) sum += load[d - base] ?? 0;
  return {
    month: fromEpochDay(first).slice(0, 7),
    rettidighed: ratio(all.met, all.late),
    rettidighedByRule: Object.fromEntries(
      Object.entries(byRule).map(([k, v]) => [k, ratio(v.met, v.late)]),
    ),
    caseloadAverage: sum / (last - first + 1),
    caseloadEnd: load[last - base] ?? 0,
    samtaler,
    newCases,
    outcomes,
  };
};

/**
 * One row per calendar month touching `[from, to]` (partial first/last months are clipped).
 * A deadline counts in the month of its due day; one still missing after its due day is late.
 */
export const aggregateMonthly = (
  s: ReadonlyArray<CaseSummary>,
  range: { readonly from: string | number; readonly to: string | number },
): ReadonlyArray<MonthlyKpis> => {
  const from = toDay(range.from);
  const to = toDay(range.to);
  const load = activeCaseloadPerDay(s, from, to);
  const out: Array<MonthlyKpis> = [];
  let [y, m] = civilFromDays(from);
  for (let start = from; start <= to; ) {
    const last = Math.min(daysFromCivil(y, m, daysInMonth(y, m)), to);
    out.push(monthOf(s, start, last, load, from));
    start = last + 1;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
};
