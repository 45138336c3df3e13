/**
 * Arrival rate by week and season from first absence days: the mean weekly rate over the window and one factor
 * per calendar month (rate in that month over the mean rate), the maximum-likelihood estimates for a Poisson
 * process whose rate is constant within each month (the model's arrival process, arrivalProcess.ts).
 */
import { civilFromDays } from "@sagsflow/domain";

export interface ArrivalFit {
  readonly perWeek: number;
  /** January first; 1 for a month the window does not cover. */
  readonly seasonality: ReadonlyArray<number>;
  /** Arrivals per week from the window's first day (the arrival profile). */
  readonly weekly: ReadonlyArray<number>;
  readonly cases: number;
}

/** Window of first absence days, inclusive epoch days. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

export const fitArrivals = (
  firstAbsenceDays: ReadonlyArray<number>,
  window: DayWindow,
): ArrivalFit => {
  const days = window.to - window.from + 1;
  const monthDays = new Array<number>(12).fill(0);
  for (let d = window.from; d <= window.to; d++) {
    const m = civilFromDays(d)[1] - 1;
    monthDays[m] = (monthDays[m] as number) + 1;
  }
  const monthCounts = new Array<number>(12).fill(0);
  const weekly = new Array<number>(Math.ceil(days / 7)).fill(0);
  let cases = 0;
  for (const d of firstAbsenceDays) {
    if (d < window.from || d > window.to) continue;
    cases++;
    const m = civilFromDays(d)[1] - 1;
    monthCounts[m] = (monthCounts[m] as number) + 1;
    const w = Math.floor((d - window.from) / 7);
    weekly[w] = (weekly[w] as number) + 1;
  }
  const perDay = days > 0 ? cases / days : 0;
  const seasonality = monthCounts.map((count, m) => {
    const covered = monthDays[m] as number;
    return covered === 0 || perDay === 0 ? 1 : count / covered / perDay;
  });
  return { perWeek: perDay * 7, seasonality, weekly, cases };
};
