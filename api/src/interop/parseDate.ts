/** Parses the date forms Danish case-system exports use (`dd-mm-yyyy`, `dd.mm.yyyy`, ISO date and
 *  ISO datetime) into a wall-clock date and, when a time is present, a canonical ISO timestamp. */
import { Result } from "effect";

export interface ParsedDate {
  readonly date: string;
  readonly timestamp?: string;
}

const DANISH = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Whether day `d` of month `m` exists in year `y` (Gregorian). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? 0));
}

/** `+0100`, `+01`, `+01:00` → `+01:00`; any zero offset → `Z`, so one instant has one spelling. */
function canonicalOffset(raw: string | undefined): string {
  if (raw === undefined) return "";
  if (raw === "Z") return "Z";
  const sign = raw[0];
  const digits = raw.slice(1).replace(":", "");
  const hh = digits.slice(0, 2);
  const mm = digits.length > 2 ? digits.slice(2, 4) : "00";
  return hh === "00" && mm === "00" ? "Z" : `${sign}${hh}:${mm}`;
}

function build(
  y: number,
  m: number,
  d: number,
  time: readonly [string | undefined, string | undefined, string | undefined, string | undefined],
  offset: string | undefined,
): Result.Result<ParsedDate, string> {
  if (!isCalendarDate(y, m, d)) return Result.fail("datoen findes ikke i kalenderen");
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const [hh, mi, ss, frac] = time;
  if (hh === undefined || mi === undefined) return Result.succeed({ date });
  const h = Number(hh);
  const min = Number(mi);
  const s = Number(ss ?? "0");
  if (h > 23 || min > 59 || s > 59) return Result.fail("klokkeslættet findes ikke");
  const ms = (frac ?? "").padEnd(3, "0").slice(0, 3);
  return Result.succeed({
    date,
    timestamp: `${date}T${pad(h)}:${pad(min)}:${pad(s)}.${ms}${canonicalOffset(offset)}`,
  });
}

/**
 * Parses one date cell; the failure is a short reason naming why the value is not a date.
 * @example parseDate("03-02-2024") // Success({ date: "2024-02-03" })
 */
export function parseDate(raw: string): Result.Result<ParsedDate, string> {
  const value = raw.trim();
  const dk = DANISH.exec(value);
  if (dk) {
    return build(
      Number(dk[3]),
      Number(dk[2]),
      Number(dk[1]),
      [dk[4], dk[5], dk[6], undefined],
      undefined,
    );
  }
  const iso = ISO.exec(value);
  if (iso) {
    return build(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      [iso[4], iso[5], iso[6], iso[7]],
      iso[8],
    );
  }
  return Result.fail("forventede dd-mm-åååå, dd.mm.åååå, dd/mm/åååå eller ISO 8601 (åååå-mm-dd)");
}
