/** Reads an event or interval CSV (semicolon or comma, UTF-8 with/without BOM or Windows-1252)
 *  into LogRecords; bad cells become rejects naming line, column and value. */
import { parse } from "csv-parse/sync";
import { Result } from "effect";
import { decodeText, type TextEncoding } from "./decodeText";
import { InputUnreadable, MappingInvalid } from "./interopErrors";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
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
  const wanted = [
    columns.caseId,
    columns.activity,
    columns.timestamp,
    columns.start,
    columns.end,
    columns.resource,
    columns.lifecycle,
    columns.sequence,
    columns.cpr,
    ...(columns.attributes ?? []),
    ...(columns.caseAttributes ?? []),
  ];
  const missing = wanted.filter((n): n is string => n !== undefined && at(n) === -1);
  if (missing.length > 0) {
    return Result.fail(
      new MappingInvalid({ file, reason: `columns not in header: ${missing.join(", ")}` }),
    );
  }
  if (columns.timestamp === undefined && columns.end === undefined && columns.start === undefined) {
    return Result.fail(
      new MappingInvalid({ file, reason: "columns name no timestamp, start or end column" }),
    );
  }
  const special = new Set(wanted.slice(0, 9).filter((n) => n !== undefined));
  const caseSet = new Set(columns.caseAttributes ?? []);
  const attributeNames =
    columns.attributes ?? names.filter((n) => !special.has(n) && !caseSet.has(n));
  const attributes = [
    ...attributeNames.map((n) => [at(n), n] as const),
    ...[...caseSet].map((n) => [at(n), `${CASE_ATTRIBUTE_PREFIX}${n}`] as const),
    ...(columns.cpr === undefined ? [] : [[at(columns.cpr), CPR_ATTRIBUTE] as const]),
  ];
  return Result.succeed({
    caseId: at(columns.caseId),
    activity: at(columns.activity),
    timestamp: at(columns.timestamp),
    start: at(columns.start),
    end: at(columns.end),
    resource: at(columns.resource),
    lifecycle: at(columns.lifecycle),
    sequence: at(columns.sequence),
    attributes,
    names,
    timeColumns: [at(columns.timestamp), at(columns.end), at(columns.start)].filter((i) => i >= 0),
  });
}
type Columns = Result.Result.Success<ReturnType<typeof indexColumns>>;

const cellOf = (row: ReadonlyArray<string>, i: number): string =>
  i < 0 ? "" : (row[i] ?? "").trim();

function rowReject(
  cols: Columns,
  file: string,
  line: number,
  caseId: string,
  i: number,
  reason: string,
): Reject {
  const base = { file, line, column: cols.names[i] ?? "", reason };
  return caseId === "" ? base : { ...base, caseId };
}

/** One data row → record or reject (the first broken cell is reported). Built by assignment: hot path. */
function readRow(
  row: ReadonlyArray<string>,
  line: number,
  cols: Columns,
  file: string,
): LogRecord | Reject {
  const caseId = cellOf(row, cols.caseId);
  if (caseId === "") return rowReject(cols, file, line, caseId, cols.caseId, "case id is empty");
  const activity = cellOf(row, cols.activity);
  if (activity === "")
    return rowReject(cols, file, line, caseId, cols.activity, "activity is empty");
  let timeCol = -1;
  for (const i of cols.timeColumns)
    if (cellOf(row, i) !== "") {
      timeCol = i;
      break;
    }
  if (timeCol < 0)
    return rowReject(cols, file, line, caseId, cols.timeColumns[0] ?? -1, "timestamp is empty");
  const parsed = parseDate(cellOf(row, timeCol));
  if (Result.isFailure(parsed))
    return rowReject(
      cols,
      file,
      line,
      caseId,
      timeCol,
      `date "${cellOf(row, timeCol)}": ${parsed.failure}`,
    );
  const record: { -readonly [K in keyof LogRecord]: LogRecord[K] } = {
    caseId,
    activity,
    date: parsed.success.date,
    attributes: {},
    source: { file, line },
  };
  if (parsed.success.timestamp !== undefined) record.timestamp = parsed.success.timestamp;
  const startText = cellOf(row, cols.start);
  if (startText !== "" && timeCol !== cols.start) {
    const s = parseDate(startText);
    if (Result.isFailure(s))
      return rowReject(cols, file, line, caseId, cols.start, `date "${startText}": ${s.failure}`);
    record.start = s.success.timestamp ?? s.success.date;
  }
  const seqText = cellOf(row, cols.sequence);
  if (seqText !== "") {
    if (!/^\d+$/.test(seqText))
      return rowReject(
        cols,
        file,
        line,
        caseId,
        cols.sequence,
        `sequence "${seqText}" is not a whole number`,
      );
    record.sequence = Number(seqText);
  }
  const attributes: Record<string, AttributeValue> = {};
  for (const [i, name] of cols.attributes) {
    const v = cellOf(row, i);
    if (v !== "") attributes[name] = v;
  }
  record.attributes = attributes;
  const resource = cellOf(row, cols.resource);
  if (resource !== "") record.resource = resource;
  const lifecycle = cellOf(row, cols.lifecycle);
  if (lifecycle !== "") record.lifecycle = lifecycle;
  return record;
}

type NumberedRow = { row: ReadonlyArray<string>; line: number };

/** Without any quote character a CSV is plain lines and fields: split directly (3-5× faster than csv-parse). */
function splitUnquoted(text: string, delimiter: string): Array<NumberedRow> {
  const rows: Array<NumberedRow> = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const l = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (l !== "") rows.push({ row: l.split(delimiter), line: i + 1 });
  }
  return rows;
}

/** Quoted fields may span lines; csv-parse tracks the line each record ends on. */
function parseQuoted(text: string, delimiter: string): Array<NumberedRow> {
  const rows: Array<NumberedRow> = [];
  parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (row: Array<string>, ctx: { lines: number }) => {
      rows.push({ row, line: ctx.lines });
      return null;
    },
  });
  return rows;
}

/**
 * Reads a whole CSV file's bytes; CSV is read in memory (only XES must stream, issue 8).
 * @example readCsv(fs.readFileSync("x.csv"), "x.csv", { caseId: "Sagsnr", activity: "Aktivitet", timestamp: "Dato" })
 */
export function readCsv(
  bytes: Uint8Array,
  file: string,
  columns: ColumnMapping,
): Result.Result<CsvReadResult, MappingInvalid | InputUnreadable> {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  let rows: Array<{ row: ReadonlyArray<string>; line: number }>;
  try {
    rows = text.includes('"') ? parseQuoted(text, delimiter) : splitUnquoted(text, delimiter);
  } catch (cause) {
    return Result.fail(
      new InputUnreadable({
        file,
        reason: `not parseable as CSV: ${cause instanceof Error ? cause.message : String(cause)}`,
      }),
    );
  }
  const header = rows[0];
  if (header === undefined)
    return Result.fail(new InputUnreadable({ file, reason: "file has no header row" }));
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
