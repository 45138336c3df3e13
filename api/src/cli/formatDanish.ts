/** Danish number formatting for human output (Intl "da-DK"): shares as percent, kroner whole, the rest one decimal. */

const oneDecimal = new Intl.NumberFormat("da-DK", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const whole = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const signedOne = new Intl.NumberFormat("da-DK", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const signedWhole = new Intl.NumberFormat("da-DK", {
  maximumFractionDigits: 0,
  signDisplay: "exceptZero",
});

/** Shown where a KPI has no observations (JSON null). */
export const NO_VALUE = "–";

const isShare = (unit: string): boolean => unit === "andel";
const isKroner = (unit: string): boolean => unit === "kr.";

/** The number alone, in the KPI's display unit (a share 0.853 reads "85,3"). */
export const formatNumber = (value: number, unit: string, signed = false): string => {
  const x = isShare(unit) ? value * 100 : value;
  if (isKroner(unit)) return (signed ? signedWhole : whole).format(x);
  return (signed ? signedOne : oneDecimal).format(x);
};

/** The display unit: shares become "%", differences of shares "%-point". */
export const displayUnit = (unit: string, difference = false): string =>
  isShare(unit) ? (difference ? "%-point" : "%") : unit;

/** A value with its unit, e.g. "60,9 dage", "85,3 %", "12.345 kr."; null gives "–". */
export const formatQuantity = (value: number | null, unit: string, signed = false): string =>
  value === null ? NO_VALUE : `${formatNumber(value, unit, signed)} ${displayUnit(unit, signed)}`;

/**
 * A 95% interval "59,8–62,0" (no unit: it stands beside the mean); with a negative bound "-88,9 til -59,7", since
 * a dash between signed numbers misreads. Null gives "–".
 */
export const formatInterval = (
  ci: readonly [number, number] | null,
  unit: string,
  signed = false,
): string => {
  if (ci === null) return NO_VALUE;
  const [lo, hi] = [formatNumber(ci[0], unit, signed), formatNumber(ci[1], unit, signed)];
  return /^[-+−]/.test(lo) || /^[-+−]/.test(hi) ? `${lo} til ${hi}` : `${lo}–${hi}`;
};
