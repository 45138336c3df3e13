/**
 * Cost of a case: benefits at the year's capped rates (everyone at the maximum, reduced pro rata
 * for delvis raskmelding) plus staff time at an hourly cost (docs/rules.md "Cost").
 */
import { type RateKind, weeklyRate } from "../rules/rates";
import { defaultStaffHourlyDkk, defaultStaffHoursPerEvent } from "../rules/staffTime";
import { civilFromDays, daysFromCivil } from "../time/epochDay";
import type { CaseFacts } from "./caseFacts";
import type { YdelsePeriod } from "./ydelsePeriods";

export interface CostOptions {
  readonly staffHourlyDkk?: number;
  readonly staffHoursPerEvent?: Readonly<Partial<Record<string, number>>>;
  /** Ressourceforløbsydelse at the forsørger rate (default: ikke-forsørger). */
  readonly forsoerger?: boolean;
}

export interface CaseCost {
  readonly benefitDkk: number;
  readonly staffHours: number;
  readonly staffDkk: number;
  readonly totalDkk: number;
}

const FULL_TIME_HOURS = 37;

const rateKind = (p: YdelsePeriod, f: CaseFacts, o: CostOptions): RateKind => {
  if (p.kind === "sygedagpenge") return "sygedagpengeMaxPerWeek";
  if (p.kind === "ressourceforloebsydelse") {
    return o.forsoerger === true
      ? "ressourceforloebsydelseForsoergerPerMonth"
      : "ressourceforloebsydelseIkkeForsoergerPerMonth";
  }
  return f.akasseMedlem ? "dagpengeMaxPerMonth" : "kontanthjaelpIkkeForsoergerPerMonth";
};

/** Share of full benefit on `day`: reduced by the hours worked under the latest delvis raskmelding. */
const benefitShare = (f: CaseFacts, day: number): number => {
  let hours = 0;
  for (const d of f.delvis) if (d.day <= day) hours = d.workHoursPerWeek;
  return Math.max(0, FULL_TIME_HOURS - hours) / FULL_TIME_HOURS;
};

/** Benefit paid over one period, split at year starts and delvis raskmelding days. */
const periodCost = (p: YdelsePeriod, f: CaseFacts, o: CostOptions): number => {
  const kind = rateKind(p, f, o);
  const cuts = new Set<number>([p.from, p.to]);
  for (let y = civilFromDays(p.from)[0] + 1; daysFromCivil(y, 1, 1) < p.to; y++)
    cuts.add(daysFromCivil(y, 1, 1));
  if (kind === "sygedagpengeMaxPerWeek")
    for (const d of f.delvis) if (d.day > p.from && d.day < p.to) cuts.add(d.day);
  const points = [...cuts].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const share = kind === "sygedagpengeMaxPerWeek" ? benefitShare(f, from) : 1;
    total +=
      (weeklyRate(kind, civilFromDays(from)[0]) / 7) * ((points[i + 1] as number) - from) * share;
  }
  return total;
};

/** Benefit and staff cost of a case. */
export const caseCost = (
  f: CaseFacts,
  periods: ReadonlyArray<YdelsePeriod>,
  o: CostOptions = {},
): CaseCost => {
  let benefitDkk = 0;
  for (const p of periods) benefitDkk += periodCost(p, f, o);
  const perEvent: Readonly<Partial<Record<string, number>>> =
    o.staffHoursPerEvent ?? defaultStaffHoursPerEvent;
  let staffHours = 0;
  for (const [tag, n] of Object.entries(f.eventCounts))
    staffHours += (perEvent[tag] ?? 0) * (n ?? 0);
  const staffDkk = staffHours * (o.staffHourlyDkk ?? defaultStaffHourlyDkk);
  return { benefitDkk, staffHours, staffDkk, totalDkk: benefitDkk + staffDkk };
};
