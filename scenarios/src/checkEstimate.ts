/**
 * The rules an `estimate: {low, high, note}` must keep: exactly those keys, a non-empty note, bounds of the value's
 * kind (numbers for a number, a `{min, max}` range or a map or list of numbers; calendar dates for a date; null or
 * numbers for null), low not above high, and a number, date or range inside [low, high]. For a map or list of
 * numbers (shares, seasonality) the range describes the values as a whole, so its members are not held to it.
 */
import { isIsoDate } from "@sagsflow/domain";

export interface EstimateProblem {
  /** Path below the parameter: `["estimate", "low"]`, or `[]` for the value itself. */
  readonly at: ReadonlyArray<string>;
  readonly value: unknown;
  readonly message: string;
}

const KEYS = ["low", "high", "note"] as const;

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u);
const isNumber = (u: unknown): u is number => typeof u === "number" && Number.isFinite(u);
const isDate = (u: unknown): u is string => typeof u === "string" && isIsoDate(u);

const holdsNumbers = (u: unknown): boolean =>
  typeof u === "object" &&
  u !== null &&
  Object.values(u).some((v) => isNumber(v) || holdsNumbers(v));
const isRange = (u: unknown): u is { min: number; max: number } =>
  isRecord(u) && Object.keys(u).length === 2 && isNumber(u.min) && isNumber(u.max);

const bad = (at: ReadonlyArray<string>, value: unknown, message: string): EstimateProblem => ({
  at,
  value,
  message,
});

/** Bounds of one kind, in order, with every given value inside them. */
const checkBounds = (
  low: unknown,
  high: unknown,
  values: ReadonlyArray<number | string>,
  is: (u: unknown) => boolean,
  kind: string,
): EstimateProblem | undefined => {
  if (!is(low)) return bad(["estimate", "low"], low, `estimate.low must be ${kind}`);
  if (!is(high)) return bad(["estimate", "high"], high, `estimate.high must be ${kind}`);
  const [lo, hi] = [low as number | string, high as number | string];
  if (lo > hi)
    return bad(["estimate"], { low, high }, "estimate.low must not exceed estimate.high");
  const outside = values.find((v) => v < lo || v > hi);
  if (outside !== undefined) {
    return bad([], outside, `value must lie within its estimate range [${lo}, ${hi}]`);
  }
  return undefined;
};

export const checkEstimate = (estimate: unknown, value: unknown): EstimateProblem | undefined => {
  if (!isRecord(estimate)) return bad(["estimate"], estimate, "estimate needs low, high and note");
  const unknownKey = Object.keys(estimate).find(
    (k) => !(KEYS as ReadonlyArray<string>).includes(k),
  );
  if (unknownKey !== undefined) {
    return bad(
      ["estimate", unknownKey],
      estimate[unknownKey],
      "unknown key in estimate (allowed: low, high, note)",
    );
  }
  const missing = KEYS.find((k) => !(k in estimate));
  if (missing !== undefined)
    return bad(["estimate", missing], undefined, "estimate needs low, high and note");
  const { low, high, note } = estimate;
  if (typeof note !== "string" || note.trim() === "") {
    return bad(["estimate", "note"], note, "estimate.note must be a non-empty text");
  }
  if (isNumber(value)) return checkBounds(low, high, [value], isNumber, "a number");
  if (isDate(value)) return checkBounds(low, high, [value], isDate, "a calendar date (YYYY-MM-DD)");
  if (value === null) {
    return low === null && high === null
      ? undefined
      : checkBounds(low, high, [], isNumber, "null or a number");
  }
  if (isRange(value)) return checkBounds(low, high, [value.min, value.max], isNumber, "a number");
  if (holdsNumbers(value)) return checkBounds(low, high, [], isNumber, "a number");
  return bad(
    [],
    value,
    "an estimated value must be a number, a calendar date, null, or hold numbers",
  );
};
