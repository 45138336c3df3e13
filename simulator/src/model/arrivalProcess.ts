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

/** Time of the next arrival after `from`, or Infinity when the rate is zero. */
export const nextArrival = (
  rng: Rng,
  perWeek: number,
  seasonality: ReadonlyArray<number>,
  from: number,
): number => {
  const peak = (perWeek * Math.max(...seasonality)) / 7;
  if (!(peak > 0)) return Number.POSITIVE_INFINITY;
  let t = from;
  for (;;) {
    t += -Math.log(rng.floatOpen()) / peak;
    if (rng.float() * peak < arrivalRate(perWeek, seasonality, t)) return t;
  }
};
