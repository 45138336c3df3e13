/** `IsoDate`: a branded `YYYY-MM-DD` calendar date string, validated as a real Gregorian date (1900-2099). */
import { Schema } from "effect";
import { civilFromDays, daysFromCivil } from "./epochDay";

const ISO_PATTERN = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `s` is a `YYYY-MM-DD` string naming a day that exists (no 2023-02-29). */
export const isIsoDate = (s: string): boolean => {
  if (!ISO_PATTERN.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const [y2, m2, d2] = civilFromDays(daysFromCivil(y, m, d));
  return y === y2 && m === m2 && d === d2;
};

/** Schema for ISO calendar dates; decoding at the boundary, plain strings inside. */
export const IsoDate = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(ISO_PATTERN),
    Schema.makeFilter((s: string) => isIsoDate(s) || `not a calendar date: ${s}`),
  ),
  Schema.brand("IsoDate"),
);
export type IsoDate = typeof IsoDate.Type;

/** Brands a string already known to be a valid ISO date (tests, literals); no validation. */
export const isoDate = (s: string): IsoDate => s as IsoDate;
