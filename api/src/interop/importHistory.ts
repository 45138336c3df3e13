/** The import library function behind `sagsflow import` and the API: read a CSV/XES/OCEL file,
 *  pseudonymise CPR, map each case atomically to domain events, and report rejects (issue 8). */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Result } from "effect";
import type { HistoryCase } from "./historyEvent";
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

export type HistoryFormat = "csv" | "xes" | "ocel";

export interface ImportOptions {
  readonly mapping: Mapping;
  readonly format?: HistoryFormat;
  /** `SAGSFLOW_PSEUDO_KEY`; required only when the input holds CPR-like values. */
  readonly pseudoKey?: string;
  readonly validate?: CaseValidator;
  readonly decode?: EventDecoder;
  /** Receives each mapped case as soon as it is complete (one atomic append per case). */
  readonly onCase?: (c: HistoryCase) => void | Promise<void>;
}

export interface ImportResult {
  readonly schemaVersion: 1;
  /** Mapped cases, unless `onCase` took them (then empty: XES imports stay flat in memory). */
  readonly cases: ReadonlyArray<HistoryCase>;
  readonly casesMapped: number;
  readonly eventsMapped: number;
  readonly casesRejected: number;
  readonly rejects: ReadonlyArray<Reject>;
  /** Source activity → rows with no mapping entry. */
  readonly unmapped: Readonly<Record<string, number>>;
  readonly ignored: number;
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

/** Accumulates case outcomes into the result. */
class Tally {
  readonly cases: Array<HistoryCase> = [];
  readonly rejects: Array<Reject> = [];
  readonly unmapped: Record<string, number> = {};
  casesMapped = 0;
  eventsMapped = 0;
  casesRejected = 0;
  ignored = 0;
  constructor(
    private readonly options: ImportOptions,
    private readonly p: Pseudonymiser,
  ) {}

  async add(outcome: CaseOutcome, readerRejects: ReadonlyArray<Reject>): Promise<void> {
    for (const [a, n] of outcome.unmapped) this.unmapped[a] = (this.unmapped[a] ?? 0) + n;
    if (outcome._tag === "Rejected" || readerRejects.length > 0) {
      this.casesRejected++;
      const all = [...readerRejects, ...(outcome._tag === "Rejected" ? outcome.rejects : [])];
      this.rejects.push(...all.map((r) => scrubReject(r, this.p)));
      return;
    }
    this.casesMapped++;
    this.eventsMapped += outcome.case.events.length;
    this.ignored += outcome.ignored;
    if (this.options.onCase) await this.options.onCase(outcome.case);
    else this.cases.push(outcome.case);
  }

  result(): ImportResult {
    const { cases, casesMapped, eventsMapped, casesRejected, unmapped, ignored } = this;
    const rejects = [...this.rejects].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
    );
    return {
      schemaVersion: 1,
      cases,
      casesMapped,
      eventsMapped,
      casesRejected,
      rejects,
      unmapped,
      ignored,
    };
  }
}

type Pseudonymised = Result.Result<ReadonlyArray<LogRecord>, InteropError>;
function pseudonymiseAll(records: ReadonlyArray<LogRecord>, p: Pseudonymiser): Pseudonymised {
  const out: Array<LogRecord> = [];
  for (const r of records) {
    const q = pseudonymiseRecord(r, p);
    if (Result.isFailure(q)) return Result.fail(q.failure);
    out.push(q.success);
  }
  return Result.succeed(out);
}

/** Groups in-memory records by case (CSV and OCEL give no case order) and maps each case. */
async function mapGrouped(
  records: ReadonlyArray<LogRecord>,
  readerRejects: ReadonlyArray<Reject>,
  activityColumn: string,
  tally: Tally,
  options: ImportOptions,
) {
  const byCase = new Map<string, Array<LogRecord>>();
  for (const r of records) {
    const list = byCase.get(r.caseId);
    if (list) list.push(r);
    else byCase.set(r.caseId, [r]);
  }
  const rejectsByCase = new Map<string, Array<Reject>>();
  for (const r of readerRejects) {
    if (r.caseId === undefined) tally.rejects.push(r);
    else rejectsByCase.set(r.caseId, [...(rejectsByCase.get(r.caseId) ?? []), r]);
  }
  for (const [caseId, rejects] of rejectsByCase) {
    if (!byCase.has(caseId))
      await tally.add({ _tag: "Rejected", caseId, rejects: [], unmapped: new Map() }, rejects);
  }
  for (const [caseId, list] of byCase) {
    await tally.add(
      mapCase(caseId, list, { ...options, activityColumn }),
      rejectsByCase.get(caseId) ?? [],
    );
  }
}

async function importXes(
  file: string,
  tally: Tally,
  p: Pseudonymiser,
  options: ImportOptions,
): Promise<Result.Result<void, InteropError>> {
  const traces = readXes(createReadStream(file), file);
  for (;;) {
    const next = await traces.next();
    if (next.done) return next.value;
    const trace = next.value;
    const records = pseudonymiseAll(trace.records, p);
    if (Result.isFailure(records)) return Result.fail(records.failure);
    if (trace.caseId === undefined) {
      tally.rejects.push(...trace.rejects);
      continue;
    }
    const caseId = records.success[0]?.caseId ?? trace.caseId;
    await tally.add(
      mapCase(caseId, records.success, { ...options, activityColumn: "concept:name" }),
      trace.rejects,
    );
  }
}

/**
 * Imports one history file. Fails only for unreadable input, a bad mapping or a missing
 * pseudonym key; broken rows come back as rejects.
 * @example await importHistory("log.xes", { mapping, pseudoKey: process.env.SAGSFLOW_PSEUDO_KEY })
 */
export async function importHistory(
  file: string,
  options: ImportOptions,
): Promise<Result.Result<ImportResult, InteropError>> {
  const p = makePseudonymiser(options.pseudoKey);
  const tally = new Tally(options, p);
  let bytes: Buffer;
  try {
    const head =
      options.format === undefined && extname(file) === ""
        ? (await readFile(file)).subarray(0, 64).toString()
        : "";
    const format = options.format ?? detectFormat(file, head);
    if (format === "xes") {
      const r = await importXes(file, tally, p, options);
      return Result.isFailure(r) ? Result.fail(r.failure) : Result.succeed(tally.result());
    }
    bytes = await readFile(file);
  } catch (cause) {
    return Result.fail(
      new InputUnreadable({ file, reason: cause instanceof Error ? cause.message : String(cause) }),
    );
  }
  const format = options.format ?? detectFormat(file, bytes.subarray(0, 64).toString());
  const read =
    format === "csv"
      ? readCsv(
          bytes,
          file,
          options.mapping.columns ?? {
            caseId: "case_id",
            activity: "activity",
            timestamp: "timestamp",
          },
        )
      : readOcel(bytes.toString("utf8"), file);
  if (Result.isFailure(read)) return Result.fail(read.failure);
  const records = pseudonymiseAll(read.success.records, p);
  if (Result.isFailure(records)) return Result.fail(records.failure);
  const column = format === "csv" ? (options.mapping.columns?.activity ?? "activity") : "type";
  const readerRejects = read.success.rejects.map((r) => scrubReject(r, p));
  await mapGrouped(records.success, readerRejects, column, tally, options);
  return Result.succeed(tally.result());
}
