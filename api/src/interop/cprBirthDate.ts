/** Birth date and age band from a CPR number, read before pseudonymisation so `derive: ageBandFromCpr` can fill
 *  `ageBand` for exports without an age column; the birth date itself is never stored or printed. */
import { isCalendarDate } from "./parseDate";

/** Internal attribute key: the NUL prefix keeps it out of passAttributes, case attributes and every output. */
export const BIRTH_ATTRIBUTE = "\u0000birthDate";

/**
 * The century from the seventh digit, as the CPR office defines it (CPR-kontoret, "Personnummeret i CPR"):
 * 0-3 → 1900s; 4 and 9 → 2000s for years 00-36, else 1900s; 5-8 → 2000s for 00-57, else 1800s.
 */
function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

const CPR = /^\s*(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})\s*$/;
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** The rows of one case repeat its CPR number: the last answer is kept (readCsv calls this once per row). */
let lastText: string | undefined;
let lastBirth: string | undefined;

function birthDateOf(text: string): string | undefined {
  const m = CPR.exec(text);
  if (m === null) return undefined;
  const [dd, mm, yy, seventh] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  const year = century(seventh, yy) + yy;
  if (!isCalendarDate(year, mm, dd)) return undefined;
  return `${year}-${pad(mm)}-${pad(dd)}`;
}

/** `ddmmyy-ssss` or ten digits → `YYYY-MM-DD`, or undefined when the text is no CPR number. */
export function cprBirthDate(text: string): string | undefined {
  if (text !== lastText) [lastText, lastBirth] = [text, birthDateOf(text)];
  return lastBirth;
}

/** The domain's Aldersgruppe (domain/src/events/vocabulary.ts) for a birth date at an event date. */
export function ageBandAt(birthDate: string, eventDate: string): string {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = eventDate.split("-").map(Number) as [number, number, number];
  const age = ey - by - (em < bm || (em === bm && ed < bd) ? 1 : 0);
  if (age < 30) return "under-30";
  if (age < 40) return "30-39";
  if (age < 50) return "40-49";
  if (age < 60) return "50-59";
  return "60-plus";
}
