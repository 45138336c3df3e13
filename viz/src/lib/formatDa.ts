/** Danish (da-DK) number, share, interval and date formatting for every figure the dashboard shows. */
import { fromEpochDay } from "@sagsflow/domain";

const cache = new Map<number, Intl.NumberFormat>();
const numberFormat = (digits: number): Intl.NumberFormat => {
  let f = cache.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat("da-DK", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(digits, f);
  }
  return f;
};

/** Fraction digits that keep about three significant figures without noise on large values. */
export const digitsFor = (x: number): number => {
  const a = Math.abs(x);
  if (a >= 100) return 0;
  if (a >= 10) return 1;
  return 2;
};

/**
 * A number in da-DK style: decimal comma, dot as thousands separator, true minus sign.
 * @example formatNumber(-1234.5, 1) // "−1.234,5"
 */
export const formatNumber = (x: number, digits = digitsFor(x)): string => {
  const text = numberFormat(digits).format(x);
  // A value that rounds to zero carries no sign ("−0,0" would claim a direction).
  if (/^-?[0,.]+$/.test(text)) return text.replace("-", "");
  return text.replace("-", "\u2212");
};

/** Fraction digits that show every tick of an axis exactly once: one precision for the whole axis. */
export const tickDigits = (ticks: ReadonlyArray<number>): number => {
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
  return step > 0 ? Math.max(0, Math.min(4, -Math.floor(Math.log10(step) + 1e-9))) : 0;
};

/** Units whose values are shares in [0, 1], shown as percent (differences as procentpoint). */
export const isShareUnit = (unit: string): boolean => unit === "andel";

/** A KPI value with its unit: shares as "87,3 %", others as "12,4 dage". */
export const formatValue = (x: number, unit: string): string =>
  isShareUnit(unit) ? `${formatNumber(x * 100, 1)} %` : `${formatNumber(x)} ${unit}`;

/** A magnitude without its unit, scaled like formatValue (percent for shares). */
export const formatBare = (x: number, unit: string, digits?: number): string =>
  isShareUnit(unit) ? formatNumber(x * 100, 1) : formatNumber(x, digits ?? digitsFor(x));

/** The unit word for a difference: procentpoint for shares. */
export const differenceUnit = (unit: string): string => (isShareUnit(unit) ? "procentpoint" : unit);

/** A 95 % interval as "6–12" (en dash), in the value's own scale. */
export const formatRange = (lo: number, hi: number, unit: string): string => {
  // Both ends share one precision so "6–12" never reads "6,00–12,0".
  const digits = digitsFor(Math.max(Math.abs(lo), Math.abs(hi)));
  return `${formatBare(lo, unit, digits)}\u2013${formatBare(hi, unit, digits)}`;
};

const dateFormat = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("da-DK", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const toUtc = (d: string | number): Date =>
  new Date(`${typeof d === "number" ? fromEpochDay(d) : d.slice(0, 10)}T00:00:00Z`);

/** A date as "3. februar 2025" from an ISO date or an epoch day. */
export const formatDate = (d: string | number): string => dateFormat.format(toUtc(d));

/** A month key "2025-02" as "feb. 2025". */
export const formatMonth = (month: string): string => monthFormat.format(toUtc(`${month}-01`));
