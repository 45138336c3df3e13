/** Epoch-day arithmetic: ISO calendar dates as integer days since 1970-01-01 (proleptic Gregorian, UTC). */
import type { IsoDate } from "./isoDate";

const ZERO = 48; // char code of "0"
const CACHE_FROM = -25567; // 1900-01-01
const CACHE_TO = 65745; // 2149-12-31
const cache: Array<IsoDate | undefined> = [];

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - ZERO);
  return n;
};

/** Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil; no Date allocation). */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** Civil date `[year, month (1-12), day]` for an epoch day (inverse of {@link daysFromCivil}). */
export const civilFromDays = (epochDay: number): readonly [number, number, number] => {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
};

/**
 * Integer days since 1970-01-01 for an ISO date `YYYY-MM-DD`; character arithmetic, no parsing or Date.
 * @example toEpochDay("1970-01-02") // 1
 */
export const toEpochDay = (iso: string): number => {
  // One-entry memo: decide and evolve parse the same date one after the other, and so do replays of a day's events.
  if (iso === lastIso) return lastEpochDay;
  const day = daysFromCivil(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
  lastIso = iso;
  lastEpochDay = day;
  return day;
};
let lastIso = "";
let lastEpochDay = Number.NaN;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

const format = (epochDay: number): IsoDate => {
  const [y, m, d] = civilFromDays(epochDay);
  return `${y}-${pad2(m)}-${pad2(d)}` as IsoDate;
};

/**
 * ISO date for an epoch day. Fractional simulated times are floored to their day.
 * Memoized for 1900-2149 because the simulator calls it for every event it emits.
 */
export const fromEpochDay = (epochDay: number): IsoDate => {
  const n = Math.floor(epochDay);
  if (n < CACHE_FROM || n > CACHE_TO) return format(n);
  const i = n - CACHE_FROM;
  const hit = cache[i];
  if (hit !== undefined) return hit;
  const iso = format(n);
  cache[i] = iso;
  return iso;
};
