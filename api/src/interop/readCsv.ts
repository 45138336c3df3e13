/** Streams an event or interval CSV (`;`, `,` or tab; UTF-8 with or without BOM, Windows-1252 or ISO-8859-1) into
 *  LogRecords, one row at a time. A broken row gives every reason it has (line, column, rule); blank rows and the
 *  mapping's `skipRows` (a totals row) are counted, not rejected. Memory: one row, whatever the file size. */
import { Result } from "effect";
import { cprBirthDate, BIRTH_ATTRIBUTE } from "./cprBirthDate";
import { type CsvColumns, csvColumns } from "./csvHeader";
import { csvRows } from "./csvRows";
import { type DateReader, dateReader } from "./dateFormats";
import { decodeFile, detectEncoding, readHead, type StreamEncoding } from "./decodeStream";
import { InputUnreadable, MappingInvalid } from "./interopErrors";
import { IMPORT_LIMITS, overLimit } from "./importLimits";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import { type ColumnMapping, type Mapping, normaliseLabel } from "./mapping";
import { shownValue } from "./pseudonymise";

export interface CsvReadInfo {
  readonly encoding: StreamEncoding;
  readonly delimiter: string;
  readonly blankRows: number;
  readonly skippedRows: number;
}

export interface CsvSink {
  readonly record: (r: LogRecord) => void | Promise<void>;
  readonly reject: (r: Reject) => void | Promise<void>;
}

/** The CPR column is kept (after pseudonymisation) as this case attribute. */
export const CPR_ATTRIBUTE = `${CASE_ATTRIBUTE_PREFIX}borger`;

/** The delimiter the header uses most (semicolon is the Danish Excel default). */
export function detectDelimiter(text: string): ";" | "," | "\t" {
  const end = text.indexOf("\n");
  const header = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  const [best] = ([";", ",", "\t"] as const)
    .map((d) => [d, count(d)] as const)
    .sort((a, b) => b[1] - a[1]);
  return best === undefined || best[1] === 0 ? ";" : best[0];
}

const DEFAULT_COLUMNS: ColumnMapping = {
  caseId: "case_id",
  activity: "activity",
  timestamp: "timestamp",
};

const cellAt = (cells: ReadonlyArray<string>, i: number): string =>
  i < 0 ? "" : (cells[i] ?? "").trim();

interface RowPlace {
  readonly file: string;
  readonly line: number;
  readonly names: ReadonlyArray<string>;
  readonly caseId: string;
}

const fail = (reasons: Array<Reject>, at: RowPlace, i: number, code: string, reason: string) =>
  reasons.push({
    file: at.file,
    line: at.line,
    column: at.names[i] ?? "",
    reason,
    code,
    ...(at.caseId === "" ? {} : { caseId: at.caseId }),
  });

/** One data row → a record, or every reason the row is broken. Hot path: built by assignment, no closure per row
 *  (tsx wraps each closure in a naming call, measurable at 500k rows). */
function readRow(
  cells: ReadonlyArray<string>,
  line: number,
  c: CsvColumns,
  file: string,
  date: DateReader,
): LogRecord | Array<Reject> {
  const reasons: Array<Reject> = [];
  const caseId = cellAt(cells, c.caseId);
  const at: RowPlace = { file, line, names: c.names, caseId };
  if (cells.length > c.width && cells.slice(c.width).some((x) => x.trim() !== ""))
    fail(
      reasons,
      at,
      -1,
      "felter",
      `rækken har ${cells.length} felter, men overskriften har ${c.width} kolonner`,
    );
  else if (cells.length < c.width)
    fail(
      reasons,
      at,
      -1,
      "felter",
      `rækken har ${cells.length} felter, men overskriften har ${c.width} kolonner`,
    );
  const maxChars = IMPORT_LIMITS["csv.maxFieldChars"];
  for (let i = 0; i < cells.length; i++)
    if ((cells[i] as string).length > maxChars)
      fail(reasons, at, i, "grænse", `feltet er ${overLimit("csv.maxFieldChars")} tegn`);
  if (reasons.length > 0) return reasons;
  if (caseId === "") fail(reasons, at, c.caseId, "sag-tom", "sagsnummeret er tomt");
  const activity = cellAt(cells, c.activity);
  if (activity === "") fail(reasons, at, c.activity, "aktivitet-tom", "aktiviteten er tom");
  const timeCol = c.timeColumns.find((i) => cellAt(cells, i) !== "") ?? -1;
  let parsed: Result.Result<{ date: string; timestamp?: string }, string> | undefined;
  if (timeCol < 0) fail(reasons, at, c.timeColumns[0] ?? -1, "dato-tom", "datoen er tom");
  else {
    parsed = date(cellAt(cells, timeCol));
    if (Result.isFailure(parsed))
      fail(
        reasons,
        at,
        timeCol,
        "dato",
        `datoen "${shownValue(cellAt(cells, timeCol))}" kan ikke læses: ${parsed.failure}`,
      );
  }
  const record: { -readonly [K in keyof LogRecord]: LogRecord[K] } = {
    caseId,
    activity,
    date: "",
    attributes: {},
    source: { file, line },
  };
  const startText = cellAt(cells, c.start);
  if (startText !== "" && timeCol !== c.start) {
    const s = date(startText);
    if (Result.isFailure(s))
      fail(
        reasons,
        at,
        c.start,
        "dato",
        `startdatoen "${shownValue(startText)}" kan ikke læses: ${s.failure}`,
      );
    else record.start = s.success.timestamp ?? s.success.date;
  }
  const seqText = cellAt(cells, c.sequence);
  if (seqText !== "") {
    if (/^\d+$/.test(seqText)) record.sequence = Number(seqText);
    else
      fail(
        reasons,
        at,
        c.sequence,
        "rækkefølge",
        `rækkefølgen "${shownValue(seqText)}" er ikke et heltal`,
      );
  }
  if (reasons.length > 0 || parsed === undefined || Result.isFailure(parsed)) return reasons;
  record.date = parsed.success.date;
  if (parsed.success.timestamp !== undefined) record.timestamp = parsed.success.timestamp;
  const attributes: Record<string, AttributeValue> = {};
  for (const [i, name] of c.attributes) {
    const v = cellAt(cells, i);
    if (v !== "") attributes[name] = v;
  }
  const cpr = cellAt(cells, c.cpr);
  if (cpr !== "") {
    attributes[CPR_ATTRIBUTE] = cpr;
    const birth = cprBirthDate(cpr);
    if (birth !== undefined) attributes[BIRTH_ATTRIBUTE] = birth;
  }
  record.attributes = attributes;
  const resource = cellAt(cells, c.resource);
  if (resource !== "") record.resource = resource;
  const lifecycle = cellAt(cells, c.lifecycle);
  if (lifecycle !== "") record.lifecycle = lifecycle;
  return record;
}

const isBlank = (cells: ReadonlyArray<string>): boolean => cells.every((x) => x.trim() === "");

async function streamCsv(
  file: string,
  mapping: Mapping,
  sink: CsvSink,
): Promise<Result.Result<CsvReadInfo, InputUnreadable | MappingInvalid>> {
  const head = await readHead(file);
  const encoding = mapping.source?.encoding ?? detectEncoding(head);
  const delimiter = mapping.source?.delimiter ?? detectDelimiter(head.toString("latin1"));
  const date = dateReader(mapping.source?.dateFormats);
  if (Result.isFailure(date))
    return Result.fail(new MappingInvalid({ file, reason: `source.dateFormats: ${date.failure}` }));
  let cols: CsvColumns | undefined;
  let blankRows = 0;
  let skippedRows = 0;
  for await (const { line, cells } of csvRows(decodeFile(file, encoding), delimiter, file)) {
    if (isBlank(cells)) {
      blankRows++;
      continue;
    }
    if (cols === undefined) {
      const header = csvColumns(
        cells,
        mapping,
        mapping.columns ?? DEFAULT_COLUMNS,
        file,
        normaliseLabel,
      );
      if (Result.isFailure(header)) return Result.fail(header.failure);
      cols = header.success;
      continue;
    }
    if (cols.skip.some(([i, values]) => values.has(normaliseLabel(cells[i] ?? "")))) {
      skippedRows++;
      continue;
    }
    const out = readRow(cells, line, cols, file, date.success);
    if (Array.isArray(out)) for (const r of out) await sink.reject(r);
    else {
      const pending = sink.record(out);
      if (pending !== undefined) await pending;
    }
  }
  if (cols === undefined)
    return Result.fail(new InputUnreadable({ file, reason: "filen har ingen overskriftsrække" }));
  return Result.succeed({ encoding, delimiter, blankRows, skippedRows });
}

/**
 * Streams the file through `sink`; fails for an unreadable file, a header that does not fit the mapping, or a limit.
 * @example await readCsv("ksd.csv", mapping, { record: (r) => …, reject: (r) => … })
 */
export async function readCsv(
  file: string,
  mapping: Mapping,
  sink: CsvSink,
): Promise<Result.Result<CsvReadInfo, InputUnreadable | MappingInvalid>> {
  try {
    return await streamCsv(file, mapping, sink);
  } catch (cause) {
    if (cause instanceof InputUnreadable || cause instanceof MappingInvalid)
      return Result.fail(cause);
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string")
      return Result.fail(new InputUnreadable({ file, reason: `filen kan ikke læses (${code})` }));
    throw cause;
  }
}
