/** Calendar arithmetic on ISO dates and epoch days: add/diff days, month ends, month keys. */
import { civilFromDays, daysFromCivil, fromEpochDay, toEpochDay } from "./epochDay";
import type { IsoDate } from "./isoDate";

/** `iso` moved by `days` calendar days (negative moves back). */
export const addDays = (iso: string, days: number): IsoDate => fromEpochDay(toEpochDay(iso) + days);

/** Calendar days from `from` to `to` (positive when `to` is later). */
export const diffDays = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap-year test. */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Number of days in a month (month 1-12). */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);

/** Epoch day of the last day of the calendar month containing `epochDay`. */
export const endOfMonthEpoch = (epochDay: number): number => {
  const [y, m] = civilFromDays(epochDay);
  return daysFromCivil(y, m, daysInMonth(y, m));
};

/** Last day of the calendar month containing `iso`. */
export const endOfMonth = (iso: string): IsoDate => fromEpochDay(endOfMonthEpoch(toEpochDay(iso)));

/** `"YYYY-MM"` of an ISO date (cheap slice, no parsing). */
export const monthKey = (iso: string): string => iso.slice(0, 7);

/** `"YYYY-MM"` of an epoch day. */
export const monthKeyOfEpochDay = (epochDay: number): string => monthKey(fromEpochDay(epochDay));

/** Calendar year of an epoch day. */
export const yearOfEpochDay = (epochDay: number): number => civilFromDays(epochDay)[0];

/** Day of week of an epoch day, ISO numbering: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (epochDay: number): number => ((((epochDay + 3) % 7) + 7) % 7) + 1;
