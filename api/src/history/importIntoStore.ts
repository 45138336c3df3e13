/** Imports a history file into the event store: each mapped case becomes one atomic append of its
 *  whole stream `sag-<caseId>`; a re-import stores nothing twice (issue 8, item 1). */
import type { DomainEvent } from "@sagsflow/domain";
import {
  type AppendError,
  caseStreamId,
  type EventStore,
  type EventStoreError,
} from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import {
  type HistoryCase,
  type HistoryFormat,
  importHistory,
  type InteropError,
  type Mapping,
  type Reject,
} from "../interop";
import { caseEventIds } from "./caseEventIds";
import { domainImportHooks } from "./domainImportHooks";

export interface ImportIntoStoreOptions {
  readonly mapping: Mapping;
  readonly store: EventStore<DomainEvent>;
  /** `SAGSFLOW_PSEUDO_KEY`; required only when the file holds CPR-like values. */
  readonly pseudoKey?: string | undefined;
  readonly format?: HistoryFormat | undefined;
}

export interface StoreImportResult {
  readonly schemaVersion: 1;
  /** Cases written now. */
  readonly stored: number;
  /** Cases with a broken row, or already stored with other events. */
  readonly rejected: number;
  /** Cases already stored with exactly these events (a re-import). */
  readonly duplicates: number;
  readonly eventsStored: number;
  /** Rows of activities the mapping lists under `ignore`. */
  readonly ignored: number;
  /** Source activity → rows with no mapping entry. */
  readonly unmapped: Readonly<Record<string, number>>;
  /** Line 0 means the whole case (a conflict with the stored stream), not one row. */
  readonly rejects: ReadonlyArray<Reject>;
}

export type ImportIntoStoreError = InteropError | EventStoreError;

/** Writes cases as they arrive; after an infrastructure failure the rest is skipped and the failure returned. */
class CaseWriter {
  stored = 0;
  duplicates = 0;
  conflicts = 0;
  eventsStored = 0;
  readonly rejects: Array<Reject> = [];
  failure: EventStoreError | undefined;
  constructor(
    private readonly file: string,
    private readonly store: EventStore<DomainEvent>,
  ) {}

  readonly write = async (c: HistoryCase): Promise<void> => {
    if (this.failure !== undefined) return;
    const events = c.events.map((e) => e.event as unknown as DomainEvent);
    const metadata =
      Object.keys(c.attributes).length === 0
        ? { source: "import" }
        : { source: "import", caseAttributes: c.attributes };
    const append = this.store.append(caseStreamId(c.caseId), events, {
      expectedVersion: "noStream",
      eventIds: caseEventIds(c.caseId, events),
      metadata,
    });
    const r = await Effect.runPromise(Effect.result(append));
    if (Result.isSuccess(r)) {
      if (r.success.appended === 0) this.duplicates++;
      else {
        this.stored++;
        this.eventsStored += r.success.appended;
      }
      return;
    }
    this.refused(c.caseId, r.failure);
  };

  private refused(caseId: string, e: AppendError): void {
    if (e._tag === "EventStoreError") {
      this.failure = e;
      return;
    }
    this.conflicts++;
    const reason =
      e._tag === "WrongExpectedVersion"
        ? `case ${caseId} is already stored with other events (stream ${e.streamId} at version ${e.actual}); nothing written`
        : `case ${caseId}: ${e.message}`;
    this.rejects.push({ file: this.file, line: 0, reason, caseId });
  }
}

/**
 * Reads, pseudonymises, maps and validates a history file with the domain, then stores each good case.
 * Fails only when the input is unreadable, the mapping invalid, a CPR key missing or the store fails.
 * @example
 * const r = yield* importIntoStore("ksd.csv", { mapping, store, pseudoKey: process.env.SAGSFLOW_PSEUDO_KEY })
 * // r.stored, r.rejects[0] -> { file, line, column, reason }
 */
export const importIntoStore = (
  file: string,
  options: ImportIntoStoreOptions,
): Effect.Effect<StoreImportResult, ImportIntoStoreError> =>
  Effect.suspend(() => {
    const writer = new CaseWriter(file, options.store);
    return Effect.flatMap(
      Effect.promise(() =>
        importHistory(file, {
          mapping: options.mapping,
          ...domainImportHooks,
          onCase: writer.write,
          ...(options.pseudoKey === undefined ? {} : { pseudoKey: options.pseudoKey }),
          ...(options.format === undefined ? {} : { format: options.format }),
        }),
      ),
      (read): Effect.Effect<StoreImportResult, ImportIntoStoreError> => {
        if (Result.isFailure(read)) return Effect.fail(read.failure);
        if (writer.failure !== undefined) return Effect.fail(writer.failure);
        const r = read.success;
        const rejects = [...r.rejects, ...writer.rejects].sort((a, b) =>
          a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
        );
        return Effect.succeed({
          schemaVersion: 1,
          stored: writer.stored,
          rejected: r.casesRejected + writer.conflicts,
          duplicates: writer.duplicates,
          eventsStored: writer.eventsStored,
          ignored: r.ignored,
          unmapped: r.unmapped,
          rejects,
        });
      },
    );
  });

/** CLI exit code of a finished import: 0 every case stored (or already stored), 4 some rows rejected.
 *  Failures map elsewhere: InputUnreadable/MappingInvalid/PseudonymKeyMissing 2, EventStoreError 3. */
export const importExitCode = (r: StoreImportResult): 0 | 4 => (r.rejected > 0 ? 4 : 0);
