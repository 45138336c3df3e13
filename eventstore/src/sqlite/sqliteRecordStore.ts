/** SQLite RecordStore on better-sqlite3: prepared statements, one IMMEDIATE transaction per append, paged reads. */
import type Database from "better-sqlite3";
import { Effect, Result } from "effect";
import { type EventStoreError, StreamNotFound, WrongExpectedVersion, toEventStoreError } from "../errors";
import type { AppendResult, EventMetadata } from "../eventStore";
import { planWrites } from "../expectedVersion";
import type { RecordStore, StoredRecord, StreamWrite } from "../recordStore";
import { openSagsflowDatabase } from "./sqliteSchema";
import { prepareStatements, type Row, type Statements } from "./sqliteStatements";

const NO_LIMIT = -1;

const toRecord = (row: Row): StoredRecord => ({
  streamId: row.stream_id,
  version: row.version,
  position: row.position,
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data),
  metadata: row.metadata === null ? undefined : (JSON.parse(row.metadata) as EventMetadata),
  recordedAt: row.recorded_at,
});

const insertWrites = (sql: Statements, writes: ReadonlyArray<StreamWrite>): ReadonlyArray<AppendResult> => {
  const results: Array<AppendResult> = [];
  let lastPosition = 0;
  for (const write of writes) {
    let version = (sql.streamVersion.get(write.streamId) as number | null) ?? 0;
    for (const r of write.records) {
      version += 1;
      const metadata = r.metadata === undefined ? null : JSON.stringify(r.metadata);
      const data = JSON.stringify(r.data);
      const info = sql.insert.run(write.streamId, version, r.eventId, r.type, r.schemaVersion, data, metadata, r.recordedAt);
      lastPosition = Number(info.lastInsertRowid);
    }
    if (write.records.length === 0) lastPosition = (sql.lastPosition.get() as number | null) ?? 0;
    results.push({ streamId: write.streamId, nextExpectedVersion: version, lastPosition, appended: write.records.length });
  }
  return results;
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
  const lookups = {
    streamVersion: (id: string) => (sql.streamVersion.get(id) as number | null) ?? 0,
    isStored: (id: string) => sql.eventIdExists.get(id) !== undefined,
  };
  const appendTx = db.transaction((writes: ReadonlyArray<StreamWrite>) => {
    const planned = planWrites(writes, lookups);
    return planned instanceof WrongExpectedVersion ? planned : insertWrites(sql, planned);
  });

  return {
    append: (writes) =>
      Effect.flatMap(
        attempt("append", () => appendTx.immediate(writes)),
        (outcome) => {
          if (outcome instanceof WrongExpectedVersion) return Effect.fail(outcome);
          for (const listener of listeners) listener();
          return Effect.succeed(outcome);
        },
      ),
    readStream: (streamId, { direction = "forward", fromVersion, maxCount = NO_LIMIT }) =>
      Effect.flatMap(
        attempt("readStream", () =>
          direction === "forward"
            ? (sql.readForward.all(streamId, fromVersion ?? 1, maxCount) as Array<Row>)
            : (sql.readBackward.all(streamId, fromVersion ?? Number.MAX_SAFE_INTEGER, maxCount) as Array<Row>),
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
      attempt("setStreamMetadata", () => void sql.setMetadata.run(streamId, JSON.stringify(metadata))),
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
    return Result.isFailure(opened) ? Effect.fail(opened.failure) : Effect.succeed(sqliteRecordStore(opened.success));
  });
