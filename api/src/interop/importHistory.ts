/** The import library function behind `sagsflow import` and the API: stream a CSV/XES/OCEL file, pseudonymise CPR,
 *  map each case to domain events, and hand on each mapped case and each reject as it is found (issue 8, issue 19). */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { Result } from "effect";
import { readHead } from "./decodeStream";
import type { HistoryCase } from "./historyEvent";
import { IMPORT_LIMITS, overLimit } from "./importLimits";
import { InputUnreadable, type InteropError } from "./interopErrors";
import type { LogRecord, Reject } from "./logRecord";
import { type CaseOutcome, type CaseValidator, type EventDecoder, mapCase } from "./mapCase";
import type { Mapping } from "./mapping";
import {
  makePseudonymiser,
  type Pseudonymiser,
  pseudonymiseRecord,
  scrubReject,
} from "./pseudonymise";
import { readCsv } from "./readCsv";
import { readOcel } from "./readOcel";
import { readXes } from "./readXes";
import { Tally } from "./importTally";
import { CaseGrouper } from "./caseGrouper";

export type HistoryFormat = "csv" | "xes" | "ocel";

export interface ImportOptions {
  readonly mapping: Mapping;
  readonly format?: HistoryFormat;
  /** `SAGSFLOW_PSEUDO_KEY`; required only when the input holds CPR-like values. */
  readonly pseudoKey?: string;
  readonly validate?: CaseValidator;
  readonly decode?: EventDecoder;
  /** Receives each mapped case as soon as it is complete; without it the result holds the cases. */
  readonly onCase?: (c: HistoryCase) => void | Promise<void>;
  /** CSV records held in memory before grouping by case spills to temporary files (default 300,000). */
  readonly groupInMemory?: number;
  /** Receives each reject (scrubbed) as it is found; without it the result holds them (memory grows with them). */
  readonly onReject?: (r: Reject) => void | Promise<void>;
}

export interface ImportResult {
  readonly schemaVersion: 1;
  /** Mapped cases, unless `onCase` took them. */
  readonly cases: ReadonlyArray<HistoryCase>;
  readonly casesMapped: number;
  readonly eventsMapped: number;
  readonly casesRejected: number;
  /** Rejected source rows (a row with three reasons counts once). */
  readonly rowsRejected: number;
  /** Rejects, sorted by file and line, unless `onReject` took them. */
  readonly rejects: ReadonlyArray<Reject>;
  /** Source activity → rows with no mapping entry. */
  readonly unmapped: Readonly<Record<string, number>>;
  readonly ignored: number;
  /** CSV only: blank rows and rows the mapping's `skipRows` skipped (a totals row). */
  readonly blankRows: number;
  readonly skippedRows: number;
}

/** Format from the file extension, else from the first non-blank byte. */
export function detectFormat(file: string, head: string): HistoryFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".xes") return "xes";
  if (ext === ".jsonocel" || ext === ".ocel" || ext === ".json") return "ocel";
  if (ext === ".csv") return "csv";
  const first = head.replace(/^\uFEFF/, "").trimStart()[0];
  return first === "<" ? "xes" : first === "{" ? "ocel" : "csv";
}

/** Groups CSV/OCEL records by case (neither format gives case order) and maps each case. */
async function mapGrouped(
  byCase: ReadonlyMap<string, Array<LogRecord>>,
  rowRejects: ReadonlyMap<string, Array<Reject>>,
  activityColumn: string,
  tally: Tally,
  options: ImportOptions,
): Promise<void> {
  for (const [caseId, rejects] of rowRejects)
    if (!byCase.has(caseId))
      await tally.add({ _tag: "Rejected", caseId, rejects: [], unmapped: new Map() }, rejects);
  for (const [caseId, list] of byCase)
    await tally.add(
      mapCase(caseId, list, { ...options, activityColumn }),
      rowRejects.get(caseId) ?? [],
    );
}

type Read = Result.Result<{ blankRows: number; skippedRows: number }, InteropError>;

async function importCsv(
  file: string,
  tally: Tally,
  p: Pseudonymiser,
  options: ImportOptions,
): Promise<Read> {
  const grouper = new CaseGrouper(options.groupInMemory);
  try {
    let keyMissing: InteropError | undefined;
    const read = await readCsv(file, options.mapping, {
      record: (r) => {
        const q = pseudonymiseRecord(r, p);
        if (Result.isFailure(q)) keyMissing ??= q.failure;
        else grouper.add(q.success);
      },
      reject: async (r) => {
        const s = scrubReject(r, p);
        if (s.caseId === undefined) return tally.fileReject(s);
        grouper.reject(s.caseId, s);
      },
    });
    if (Result.isFailure(read)) return Result.fail(read.failure);
    if (keyMissing !== undefined) return Result.fail(keyMissing);
    const activityColumn = options.mapping.columns?.activity ?? "activity";
    for (const g of grouper.cases())
      await tally.add(
        g.records.length === 0
          ? { _tag: "Rejected", caseId: g.caseId, rejects: [], unmapped: new Map() }
          : mapCase(g.caseId, g.records, { ...options, activityColumn }),
        g.rejects,
      );
    return Result.succeed(read.success);
  } finally {
    grouper.dispose();
  }
}

async function importXes(
  file: string,
  tally: Tally,
  p: Pseudonymiser,
  options: ImportOptions,
): Promise<Read> {
  const traces = readXes(file);
  for (;;) {
    const next = await traces.next();
    if (next.done)
      return Result.isFailure(next.value)
        ? Result.fail(next.value.failure)
        : Result.succeed({ blankRows: 0, skippedRows: 0 });
    const trace = next.value;
    const records: Array<LogRecord> = [];
    for (const r of trace.records) {
      const q = pseudonymiseRecord(r, p);
      if (Result.isFailure(q)) return Result.fail(q.failure);
      records.push(q.success);
    }
    const rejects = trace.rejects.map((r) => scrubReject(r, p));
    if (trace.caseId === undefined) {
      for (const r of rejects) await tally.fileReject(r);
      continue;
    }
    const caseId = records[0]?.caseId ?? rejects[0]?.caseId ?? trace.caseId;
    await tally.add(
      mapCase(caseId, records, { ...options, activityColumn: "concept:name" }),
      rejects,
    );
  }
}

async function importOcel(
  file: string,
  tally: Tally,
  p: Pseudonymiser,
  options: ImportOptions,
): Promise<Read> {
  const size = (await stat(file)).size;
  if (size > IMPORT_LIMITS["ocel.maxBytes"])
    return Result.fail(
      new InputUnreadable({
        file,
        reason: `OCEL-filen er ${size} bytes, ${overLimit("ocel.maxBytes")}; OCEL 2.0 JSON læses helt`,
      }),
    );
  const read = readOcel((await readFile(file)).toString("utf8"), file);
  if (Result.isFailure(read)) return Result.fail(read.failure);
  const byCase = new Map<string, Array<LogRecord>>();
  for (const r of read.success.records) {
    const q = pseudonymiseRecord(r, p);
    if (Result.isFailure(q)) return Result.fail(q.failure);
    byCase.set(q.success.caseId, [...(byCase.get(q.success.caseId) ?? []), q.success]);
  }
  const rowRejects = new Map<string, Array<Reject>>();
  for (const raw of read.success.rejects) {
    const r = scrubReject(raw, p);
    if (r.caseId === undefined) await tally.fileReject(r);
    else rowRejects.set(r.caseId, [...(rowRejects.get(r.caseId) ?? []), r]);
  }
  await mapGrouped(byCase, rowRejects, "type", tally, options);
  return Result.succeed({ blankRows: 0, skippedRows: 0 });
}

/**
 * Imports one history file. Fails only for unreadable input, a bad mapping or a missing pseudonym key; broken rows
 * come back as rejects. After a failure the cases handed to `onCase` must be discarded (the file was not read whole).
 * @example await importHistory("log.xes", { mapping, pseudoKey: process.env.SAGSFLOW_PSEUDO_KEY })
 */
export async function importHistory(
  file: string,
  options: ImportOptions,
): Promise<Result.Result<ImportResult, InteropError>> {
  const p = makePseudonymiser(options.pseudoKey);
  const tally = new Tally(options, p);
  try {
    const format =
      options.format ??
      detectFormat(file, extname(file) === "" ? (await readHead(file, 64)).toString() : "");
    const run = format === "xes" ? importXes : format === "ocel" ? importOcel : importCsv;
    const read = await run(file, tally, p, options);
    return Result.isFailure(read)
      ? Result.fail(read.failure)
      : Result.succeed(tally.result(read.success));
  } catch (cause) {
    if (cause instanceof InputUnreadable) return Result.fail(cause);
    const code = (cause as { code?: unknown }).code;
    if (typeof code !== "string") throw cause;
    return Result.fail(new InputUnreadable({ file, reason: `filen kan ikke læses (${code})` }));
  }
}

export type { CaseOutcome };
