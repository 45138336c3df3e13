/** Declared date formats of a source (`source.dateFormats` in the mapping): `dd-mm-yyyy`, `d.m.yy`, `dd/mm/yyyy HH:MM`,
 *  or `iso`. Lower-case `mm` is the month, upper-case `MM` the minutes. Without a declaration parseDate's forms apply. */
import { Result } from "effect";
import { type ParsedDate, parseDate } from "./parseDate";

type DateParser = (value: string) => Result.Result<ParsedDate, string> | undefined;

const TOKENS: ReadonlyArray<readonly [string, string, string]> = [
  ["yyyy", "(\\d{4})", "y"],
  ["yy", "(\\d{2})", "yy"],
  ["dd", "(\\d{2})", "d"],
  ["d", "(\\d{1,2})", "d"],
  ["mm", "(\\d{2})", "m"],
  ["m", "(\\d{1,2})", "m"],
  ["HH", "(\\d{2})", "H"],
  ["H", "(\\d{1,2})", "H"],
  ["MM", "(\\d{2})", "M"],
  ["SS", "(\\d{2})", "S"],
];

/** A format string → a parser that answers undefined when the value has another shape. */
function compile(format: string): DateParser | string {
  if (format.toLowerCase() === "iso")
    return (v) => (/^\d{4}-\d{2}-\d{2}/.test(v) ? parseDate(v) : undefined);
  let pattern = "";
  const order: Array<string> = [];
  for (let i = 0; i < format.length; ) {
    const token = TOKENS.find(([t]) => format.startsWith(t, i));
    if (token === undefined) {
      pattern += (format[i] as string).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i++;
      continue;
    }
    pattern += token[1];
    order.push(token[2]);
    i += token[0].length;
  }
  if (
    !order.includes("d") ||
    !order.includes("m") ||
    !(order.includes("y") || order.includes("yy"))
  )
    return `datoformatet "${format}" skal have dag (dd), måned (mm) og år (yyyy)`;
  const re = new RegExp(`^${pattern}$`);
  return (value) => {
    const m = re.exec(value);
    if (m === null) return undefined;
    const part = (k: string): string | undefined =>
      order.includes(k) ? m[order.indexOf(k) + 1] : undefined;
    const yy = part("yy");
    // Two-digit years are read as 2000-2069 and 1970-1999 (case-system exports start in the 1990s).
    const year =
      yy === undefined ? Number(part("y")) : Number(yy) + (Number(yy) < 70 ? 2000 : 1900);
    const pad = (s: string | undefined) => (s ?? "").padStart(2, "0");
    const date = `${year}-${pad(part("m"))}-${pad(part("d"))}`;
    const hh = part("H");
    return parseDate(
      hh === undefined
        ? date
        : `${date}T${pad(hh)}:${pad(part("M") ?? "0")}:${pad(part("S") ?? "0")}`,
    );
  };
}

/** Parses a cell with the first matching declared format; the failure names the formats tried. */
export type DateReader = (raw: string) => Result.Result<ParsedDate, string>;

/**
 * @example dateReader(["dd-mm-yyyy", "iso"])  // Result: DateReader, or a message naming the bad format
 */
export function dateReader(
  formats: ReadonlyArray<string> | undefined,
): Result.Result<DateReader, string> {
  if (formats === undefined || formats.length === 0) return Result.succeed((raw) => parseDate(raw));
  const parsers: Array<DateParser> = [];
  for (const f of formats) {
    const p = compile(f);
    if (typeof p === "string") return Result.fail(p);
    parsers.push(p);
  }
  const expected = `forventede et af de angivne datoformater (${formats.join(", ")})`;
  return Result.succeed((raw) => {
    const value = raw.trim();
    for (const p of parsers) {
      const r = p(value);
      if (r !== undefined) return r;
    }
    return Result.fail(expected);
  });
}
