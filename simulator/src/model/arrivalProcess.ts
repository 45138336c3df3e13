/**
 * Sygemeldinger arrive as a Poisson process whose weekly rate follows the month (seasonality), sampled exactly by
 * thinning: candidates at the peak rate, each kept with probability rate(t) / peak.
 */
import { civilFromDays } from "@sagsflow/domain";
import type { Rng } from "../random/rng";

/** Arrivals per day on epoch day `day`. */
export const arrivalRate = (
  perWeek: number,
  seasonality: ReadonlyArray<number>,
  day: number,
): number => (perWeek * (seasonality[civilFromDays(Math.floor(day))[1] - 1] ?? 1)) / 7;

/**
 * Time of the next arrival after `from`, or Infinity when the rate is zero. With a scheduled rate, `perWeek` is its
 * largest value and `share(day)` (at most 1) the part of it in force that day: thinning stays exact.
 */
export const nextArrival = (
  rng: Rng,
  perWeek: number,
  seasonality: ReadonlyArray<number>,
  from: number,
  share?: (day: number) => number,
): number => {
  const peak = (perWeek * Math.max(...seasonality)) / 7;
  if (!(peak > 0)) return Number.POSITIVE_INFINITY;
  let t = from;
  for (;;) {
    t += -Math.log(rng.floatOpen()) / peak;
    const rate = arrivalRate(perWeek, seasonality, t) * (share === undefined ? 1 : share(t));
    if (rng.float() * peak < rate) return t;
  }
};
