/**
 * When the next lovpligtig opfølgningssamtale is due for a case, from its regime (domain rules/regimes.ts):
 * first samtale by day 56 (kat 2/3), kat 1 on the expected raskmelding date, fast-track within 14 days,
 * then the regime's cadence. The desk plans each samtale a little before its deadline.
 */
import { countDeadlineDay } from "@sagsflow/domain";
import type { Citizen } from "./citizen";

/** Caseworkers book a samtale about ten days before its deadline (model assumption, docs/levers.md). */
export const SAMTALE_PLAN_LEAD_DAYS = 10;
/** After the 26-week count rule is met, and in jobafklaring, follow-up is individual: about every 8 weeks (domain.md §1.4, §1.7). */
export const INDIVIDUAL_FOLLOWUP_DAYS = 56;

/** Due day of the first samtale, or undefined when the regime asks for none before the expected raskmelding. */
export const firstSamtaleDue = (c: Citizen, fastTrackDay: number | undefined): number => {
  const r = c.regime;
  if (fastTrackDay !== undefined && r.fastTrack !== undefined)
    return fastTrackDay + r.fastTrack.firstSamtaleWithinDays;
  if (c.kategori === 1) return c.expectedRaskDay;
  return c.firstAbsenceDay + r.firstOpfoelgning.dayIndex - 1;
};

/** Due day of the next samtale after one held on `day`, or undefined when no further samtale is required. */
export const nextSamtaleDue = (
  c: Citizen,
  day: number,
  forudsigeligt: boolean,
): number | undefined => {
  if (c.state.status === "jobafklaring") return day + INDIVIDUAL_FOLLOWUP_DAYS;
  const r = c.regime;
  if (forudsigeligt && r.singleSamtale !== undefined) return undefined;
  const cadence = r.cadence;
  if (cadence.kind === "interval") {
    const days = cadence.daysByKategori[c.kategori];
    return days === undefined ? undefined : day + days;
  }
  if (c.kategori === 1) return undefined;
  const limit = countDeadlineDay(cadence, c.firstAbsenceDay);
  const remaining = cadence.count - c.state.samtaler;
  if (remaining <= 0 || day >= limit) return day + INDIVIDUAL_FOLLOWUP_DAYS;
  return Math.min(limit, day + Math.ceil((limit - day) / remaining));
};
