/**
 * Danish working days: Monday-Friday except public holidays. Lookups use a precomputed bitmap
 * (1950-2099) because staff calendars and deadline rules call them per simulated event.
 */
import { civilFromDays, daysFromCivil } from "../time/epochDay";
import { isoWeekday } from "../time/calendarMath";
import { danishHolidays } from "./danishHolidays";

const FIRST_YEAR = 1950;
const LAST_YEAR = 2099;
const BASE = daysFromCivil(FIRST_YEAR, 1, 1);
const SPAN = daysFromCivil(LAST_YEAR + 1, 1, 1) - BASE;

type Table = Uint8Array;
const tables = new Map<boolean, Table>();

const buildTable = (includeFridage: boolean): Table => {
  const table = new Uint8Array(SPAN);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of danishHolidays(year, { includeFridage })) table[h.epochDay - BASE] = 1;
  }
  return table;
};

const tableFor = (includeFridage: boolean): Table => {
  let t = tables.get(includeFridage);
  if (t === undefined) {
    t = buildTable(includeFridage);
    tables.set(includeFridage, t);
  }
  return t;
};

/** Options shared by the working-day helpers. */
export interface WorkingDayOptions {
  /** Also treat Grundlovsdag, 24/12 and 31/12 as closed (jobcentre practice, not statute). */
  readonly includeFridage?: boolean;
}

/** True when `epochDay` is a Danish public holiday (or customary closing day, if asked). */
export const isDanishHoliday = (epochDay: number, options: WorkingDayOptions = {}): boolean => {
  const i = Math.floor(epochDay) - BASE;
  if (i < 0 || i >= SPAN) {
    const day = Math.floor(epochDay);
    return danishHolidays(civilFromDays(day)[0], options).some((h) => h.epochDay === day);
  }
  return tableFor(options.includeFridage === true)[i] === 1;
};

/** True for Monday-Friday days that are not holidays. */
export const isWorkingDay = (epochDay: number, options: WorkingDayOptions = {}): boolean =>
  isoWeekday(Math.floor(epochDay)) <= 5 && !isDanishHoliday(epochDay, options);

const stepToWorkingDay = (epochDay: number, step: 1 | -1, options: WorkingDayOptions): number => {
  let d = Math.floor(epochDay);
  while (!isWorkingDay(d, options)) d += step;
  return d;
};

/** `epochDay` itself if it is a working day, otherwise the closest earlier working day. */
export const previousWorkingDay = (epochDay: number, options: WorkingDayOptions = {}): number =>
  stepToWorkingDay(epochDay, -1, options);

/** `epochDay` itself if it is a working day, otherwise the closest later working day. */
export const nextWorkingDay = (epochDay: number, options: WorkingDayOptions = {}): number =>
  stepToWorkingDay(epochDay, 1, options);

/** The working day `n` working days after `epochDay` (n >= 0; n = 0 gives the next working day). */
export const addWorkingDays = (
  epochDay: number,
  n: number,
  options: WorkingDayOptions = {},
): number => {
  let d = nextWorkingDay(epochDay, options);
  for (let left = n; left > 0; left--) d = nextWorkingDay(d + 1, options);
  return d;
};

/** Working days in the half-open range `[from, to)`. */
export const countWorkingDays = (
  from: number,
  to: number,
  options: WorkingDayOptions = {},
): number => {
  let n = 0;
  for (let d = Math.floor(from); d < to; d++) if (isWorkingDay(d, options)) n++;
  return n;
};
