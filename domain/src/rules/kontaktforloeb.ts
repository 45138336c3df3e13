/**
 * When the a-kasse holds the first months of a forsikret ledig's kontaktforløb (LAB, "Et forenklet kontaktforløb",
 * 2022 agreement; domain.md §2.2: "a-kasse the first 3 months, jobcenter the next 3", 2023/24 onwards). Before it the
 * jobcenter took part from the start (fælles samtaler at 3-6 weeks, 2015 reform), so no such hold applies.
 */
import { toEpochDay } from "../time/epochDay";

export const aKasseFirstMonths = {
  months: 3,
  /** EST: domain.md says "2023/24 onwards" without the in-force day; the start of 2024 is taken. */
  from: "2024-01-01",
  source:
    "star.dk kontaktforløb (updated 2024), 2022 agreement 'Et forenklet kontaktforløb'; domain.md §2.2; in-force day EST",
} as const;

const fromDay = toEpochDay(aKasseFirstMonths.from);

/** Whether a forsikret ledig (re)registered on `epochDay` starts with the a-kasse's months before the jobcenter acts. */
export const aKasseHoldsFirstMonths = (epochDay: number): boolean => epochDay >= fromDay;
