/** Reads an event or interval CSV (semicolon or comma, UTF-8 with/without BOM or Windows-1252)
 *  into LogRecords; bad cells become rejects naming line, column and value. */
import { parse } from "csv-parse/sync";
import { Result } from "effect";
import { decodeText, type TextEncoding } from "./decodeText";
import { InputUnreadable, MappingInvalid } from "./interopErrors";
import { type AttributeValue, CASE_ATTRIBUTE_PREFIX, type LogRecord, type Reject } from "./logRecord";
import type { ColumnMapping } from "./mapping";
import { parseDate } from "./parseDate";

export interface CsvReadResult {
  readonly records: ReadonlyArray<LogRecord>;
  readonly rejects: ReadonlyArray<Reject>;
  readonly encoding: TextEncoding;
  readonly delimiter: ";" | ",";
}

/** The CPR column is kept (after pseudonymisation) as this case attribute. */
export const CPR_ATTRIBUTE = `${CASE_ATTRIBUTE_PREFIX}borger`;

/** Semicolon wins when the header has more of them than commas (Danish Excel default). */
export function detectDelimiter(text: string): ";" | "," {
  const end = text.indexOf("\n");
  const header = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Column index lookup; fails with the missing column names. */
function indexColumns(header: ReadonlyArray<string>, columns: ColumnMapping, file: string) {
  const names = header.map((h) => h.trim());
  const at = (name: string | undefined): number => (name === undefined ? -1 : names.indexOf(name));
  const wanted = [columns.caseId, columns.activity, columns.timestamp, columns.start, columns.end,
    columns.resource, columns.lifecycle, columns.sequence, columns.cpr,
    ...(columns.attributes ?? []), ...(columns.caseAttributes ?? [])];
  const missing = wanted.filter((n): n is string => n !== undefined && at(n) === -1);
  if (missing.length > 0) {
    return Result.fail(new MappingInvalid({ file, reason: `columns not in header: ${missing.join(", ")}` }));
  }
  if (columns.timestamp === undefined && columns.end === undefined && columns.start === undefined) {
    return Result.fail(new MappingInvalid({ file, reason: "columns name no timestamp, start or end column" }));
  }
  const special = new Set(wanted.slice(0, 9).filter((n) => n !== undefined));
  const caseSet = new Set(columns.caseAttributes ?? []);
  const attributeNames = columns.attributes ?? names.filter((n) => !special.has(n) && !caseSet.has(n));
  const attributes = [
    ...attributeNames.map((n) => [at(n), n] as const),
    ...[...caseSet].map((n) => [at(n), `${CASE_ATTRIBUTE_PREFIX}${n}`] as const),
    ...(columns.cpr === undefined ? [] : [[at(columns.cpr), CPR_ATTRIBUTE] as const]),
  ];
  return Result.succeed({
    caseId: at(columns.caseId), activity: at(columns.activity), timestamp: at(columns.timestamp),
    start: at(columns.start), end: at(columns.end), resource: at(columns.resource),
    lifecycle: at(columns.lifecycle), sequence: at(columns.sequence), attributes, names,
  });
}
type Columns = Result.Result.Success<ReturnType<typeof indexColumns>>;

/** One data row → record or reject (the first broken cell is reported). */
function readRow(row: ReadonlyArray<string>, line: number, cols: Columns, file: string): LogRecord | Reject {
  const cell = (i: number): string => (i < 0 ? "" : (row[i] ?? "").trim());
  const caseId = cell(cols.caseId);
  const fail = (i: number, reason: string): Reject => ({
    file, line, column: cols.names[i] ?? "", reason, ...(caseId === "" ? {} : { caseId }),
  });
  if (caseId === "") return fail(cols.caseId, "case id is empty");
  const activity = cell(cols.activity);
  if (activity === "") return fail(cols.activity, "activity is empty");
  const timeCol = [cols.timestamp, cols.end, cols.start].find((i) => i >= 0 && cell(i) !== "") ?? -1;
  if (timeCol < 0) return fail(Math.max(cols.timestamp, cols.end, cols.start), "timestamp is empty");
  const parsed = parseDate(cell(timeCol));
  if (Result.isFailure(parsed)) return fail(timeCol, `date "${cell(timeCol)}": ${parsed.failure}`);
  let start: string | undefined;
  if (cols.start >= 0 && cell(cols.start) !== "" && timeCol !== cols.start) {
    const s = parseDate(cell(cols.start));
    if (Result.isFailure(s)) return fail(cols.start, `date "${cell(cols.start)}": ${s.failure}`);
    start = s.success.timestamp ?? s.success.date;
  }
  const seqText = cell(cols.sequence);
  if (seqText !== "" && !/^\d+$/.test(seqText)) return fail(cols.sequence, `sequence "${seqText}" is not a whole number`);
  const attributes: Record<string, AttributeValue> = {};
  for (const [i, name] of cols.attributes) {
    const v = cell(i);
    if (v !== "") attributes[name] = v;
  }
  const resource = cell(cols.resource);
  const lifecycle = cell(cols.lifecycle);
  return {
    caseId, activity, ...parsed.success, ...(start === undefined ? {} : { start }),
    ...(lifecycle === "" ? {} : { lifecycle }), ...(resource === "" ? {} : { resource }),
    ...(seqText === "" ? {} : { sequence: Number(seqText) }),
    attributes, source: { file, line },
  };
}

/**
 * Reads a whole CSV file's bytes; CSV is read in memory (only XES must stream, issue 8).
 * @example readCsv(fs.readFileSync("x.csv"), "x.csv", { caseId: "Sagsnr", activity: "Aktivitet", timestamp: "Dato" })
 */
export function readCsv(bytes: Uint8Array, file: string, columns: ColumnMapping): Result.Result<CsvReadResult, MappingInvalid | InputUnreadable> {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows: Array<{ row: ReadonlyArray<string>; line: number }> = [];
  try {
    parse(text, {
      delimiter, relax_column_count: true, skip_empty_lines: true,
      on_record: (row: Array<string>, ctx: { lines: number }) => { rows.push({ row, line: ctx.lines }); return null; },
    });
  } catch (cause) {
    return Result.fail(new InputUnreadable({ file, reason: `not parseable as CSV: ${cause instanceof Error ? cause.message : String(cause)}` }));
  }
  const header = rows[0];
  if (header === undefined) return Result.fail(new InputUnreadable({ file, reason: "file has no header row" }));
  const cols = indexColumns(header.row, columns, file);
  if (Result.isFailure(cols)) return Result.fail(cols.failure);
  const records: Array<LogRecord> = [];
  const rejects: Array<Reject> = [];
  for (let i = 1; i < rows.length; i++) {
    const { row, line } = rows[i] as (typeof rows)[number];
    const out = readRow(row, line, cols.success, file);
    if ("reason" in out) rejects.push(out);
    else records.push(out);
  }
  return Result.succeed({ records, rejects, encoding, delimiter });
}
