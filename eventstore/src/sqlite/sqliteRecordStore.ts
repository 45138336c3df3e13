/** SQLite RecordStore on better-sqlite3: prepared statements, one IMMEDIATE transaction per append, paged reads. */
import type Database from "better-sqlite3";
import { Effect, Result } from "effect";
import {
  EventIdConflict,
  type EventStoreError,
  StreamNotFound,
  WrongExpectedVersion,
  toEventStoreError,
} from "../errors";
import type { AppendResult, EventMetadata } from "../eventStore";
import { checkExpectedVersion, type PlanLookups, withoutDuplicates } from "../expectedVersion";
import type { RecordStore, StoredRecord, StreamWrite } from "../recordStore";
import { openSagsflowDatabase } from "./sqliteSchema";
import { prepareStatements, type Row, type Statements } from "./sqliteStatements";

const NO_LIMIT = -1;

const toRecord = (row: Row): StoredRecord => ({
  position: row[0],
  streamId: row[1],
  version: row[2],
  eventId: row[3],
  type: row[4],
  schemaVersion: row[5],
  data: JSON.parse(row[6]),
  metadata: row[7] === null ? undefined : (JSON.parse(row[7]) as EventMetadata),
  recordedAt: row[8],
});

/** Thrown inside the transaction so better-sqlite3 rolls back every write of the batch. */
class Conflict {
  constructor(readonly error: WrongExpectedVersion | EventIdConflict) {}
}

const isDuplicateId = (e: unknown): boolean =>
  (e as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
  String((e as Error).message).includes("events.event_id");

/**
 * One write inside the open transaction. The fast path (first id new) lets the UNIQUE index find a repeated id
 * during the insert instead of probing each id first; the failed insert is undone by SQLite at statement level,
 * so no position is used up (`ON CONFLICT DO NOTHING` would use one and leave a gap). When the first id is
 * already stored the append may be a retry, so every id is checked first (expectedVersion.ts semantics).
 */
const insertWrite = (
  sql: Statements,
  write: StreamWrite,
  lookups: PlanLookups,
  owners: Map<string, string>,
): AppendResult => {
  const first = write.records[0];
  const retry = first !== undefined && lookups.storedIn(first.eventId) !== undefined;
  const records = retry
    ? withoutDuplicates(write.streamId, write.records, lookups.storedIn, owners)
    : write.records;
  if (records instanceof EventIdConflict) throw new Conflict(records);
  let version = lookups.streamVersion(write.streamId);
  if (records.length > 0 || write.records.length === 0) {
    const conflict = checkExpectedVersion(write.streamId, write.expectedVersion, version);
    if (conflict !== undefined) {
      // Ids are checked before versions in every adapter: an id of another stream is the error to report.
      const ids = withoutDuplicates(write.streamId, records, lookups.storedIn, new Map(owners));
      throw new Conflict(ids instanceof EventIdConflict ? ids : conflict);
    }
  }
  let appended = 0;
  // The records of one append share their metadata object (typedEventStore.ts): serialise it once per object.
  let metadataOf: unknown;
  let metadata: string | null = null;
  for (const r of records) {
    if (r.metadata !== metadataOf) {
      metadataOf = r.metadata;
      metadata = r.metadata === undefined ? null : JSON.stringify(r.metadata);
    }
    try {
      sql.insert.run(
        write.streamId,
        version + 1,
        r.eventId,
        r.type,
        r.schemaVersion,
        JSON.stringify(r.data),
        metadata,
        r.recordedAt,
      );
    } catch (e) {
      if (!isDuplicateId(e)) throw e;
      const owner = lookups.storedIn(r.eventId) as string;
      if (owner !== write.streamId) {
        throw new Conflict(
          new EventIdConflict({ eventId: r.eventId, streamId: write.streamId, storedIn: owner }),
        );
      }
      continue;
    }
    owners.set(r.eventId, write.streamId);
    version += 1;
    appended += 1;
  }
  const lastPosition = (sql.lastPosition.get() as number | null) ?? 0;
  return { streamId: write.streamId, nextExpectedVersion: version, lastPosition, appended };
};

/** Wraps a synchronous SQLite call: thrown errors become one EventStoreError naming the operation. */
const attempt = <A>(operation: string, f: () => A): Effect.Effect<A, EventStoreError> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(f());
    } catch (cause) {
      return Effect.fail(toEventStoreError(`SQLite ${operation} failed`, cause));
    }
  });

export const sqliteRecordStore = (db: Database.Database): RecordStore => {
  const sql = prepareStatements(db);
  const listeners = new Set<() => void>();
  const lookups: PlanLookups = {
    streamVersion: (id: string) => (sql.streamVersion.get(id) as number | null) ?? 0,
    storedIn: (id: string) => sql.storedIn.get(id) as string | undefined,
  };
  const appendTx = db.transaction((writes: ReadonlyArray<StreamWrite>) => {
    const owners = new Map<string, string>();
    return writes.map((write) => insertWrite(sql, write, lookups, owners));
  });
  const appendOrConflict = (writes: ReadonlyArray<StreamWrite>) => {
    try {
      return appendTx.immediate(writes);
    } catch (thrown) {
      if (thrown instanceof Conflict) return thrown.error;
      throw thrown;
    }
  };

  return {
    append: (writes) =>
      Effect.flatMap(
        attempt("append", () => appendOrConflict(writes)),
        (outcome) => {
          if (outcome instanceof WrongExpectedVersion || outcome instanceof EventIdConflict) {
            return Effect.fail(outcome);
          }
          for (const listener of listeners) listener();
          return Effect.succeed(outcome);
        },
      ),
    readStream: (streamId, { direction = "forward", fromVersion, maxCount = NO_LIMIT }) =>
      Effect.flatMap(
        attempt("readStream", () =>
          direction === "forward"
            ? (sql.readForward.all(streamId, fromVersion ?? 1, maxCount) as Array<Row>)
            : (sql.readBackward.all(
                streamId,
                fromVersion ?? Number.MAX_SAFE_INTEGER,
                maxCount,
              ) as Array<Row>),
        ),
        (rows) =>
          rows.length === 0 && lookups.streamVersion(streamId) === 0
            ? Effect.fail(new StreamNotFound({ streamId }))
            : Effect.succeed(rows.map(toRecord)),
      ),
    readAll: ({ afterPosition = 0, maxCount = NO_LIMIT, streamPrefix }) =>
      attempt("readAll", () => {
        const rows =
          streamPrefix === undefined
            ? sql.readAll.all(afterPosition, maxCount)
            : sql.readAllPrefix.all(afterPosition, streamPrefix, streamPrefix, maxCount);
        return (rows as Array<Row>).map(toRecord);
      }),
    getStreamMetadata: (streamId) =>
      attempt("getStreamMetadata", () => {
        const text = sql.getMetadata.get(streamId) as string | undefined;
        return text === undefined ? undefined : (JSON.parse(text) as EventMetadata);
      }),
    setStreamMetadata: (streamId, metadata) =>
      attempt(
        "setStreamMetadata",
        () => void sql.setMetadata.run(streamId, JSON.stringify(metadata)),
      ),
    onAppended: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => attempt("close", () => void (db.open ? db.close() : undefined)),
  };
};

/** Opens (creating if needed) the SQLite file at `path` and returns its RecordStore. */
export const openSqliteRecordStore = (path: string): Effect.Effect<RecordStore, EventStoreError> =>
  Effect.suspend(() => {
    const opened = openSagsflowDatabase(path);
    return Result.isFailure(opened)
      ? Effect.fail(opened.failure)
      : Effect.succeed(sqliteRecordStore(opened.success));
  });
