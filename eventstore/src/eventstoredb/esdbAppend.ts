/**
 * Appends to EventStoreDB with the port's rules: read the tail of each target stream first (current
 * version, recent event ids), drop duplicates, check every expected version, then write stream by stream.
 */
import {
  ANY,
  type AppendExpectedRevision,
  type EventStoreDBClient,
  NO_STREAM,
  WrongExpectedVersionError,
} from "@eventstore/db-client";
import { EventIdConflict, EventStoreError, WrongExpectedVersion } from "../errors";
import type { AppendResult } from "../eventStore";
import { checkExpectedVersion, withoutDuplicates } from "../expectedVersion";
import type { NewRecord, StoredRecord, StreamWrite } from "../recordStore";
import { readStreamTail } from "./esdbReads";
import { toEventData } from "./esdbRecordMapping";
import { type RetryPolicy, withRetry } from "./esdbRetry";

interface StreamHead {
  readonly version: number;
  readonly lastPosition: number;
  readonly eventIds: ReadonlySet<string>;
}

interface PlannedWrite {
  readonly write: StreamWrite;
  readonly records: ReadonlyArray<NewRecord>;
  /** Version of the stream just before this write, counting earlier writes of the same batch. */
  readonly before: number;
}

/**
 * Ids are checked against the newest (events in this append + DEDUPLICATION_WINDOW) events of the stream,
 * which always covers a retried append; reading whole streams on every append would not scale.
 */
export const DEDUPLICATION_WINDOW = 1_000;

/** `tail` is newest first. */
const headOf = (tail: ReadonlyArray<StoredRecord> | undefined): StreamHead => ({
  version: tail?.[0]?.version ?? 0,
  lastPosition: tail?.[0]?.position ?? 0,
  eventIds: new Set(tail?.map((r) => r.eventId)),
});

/** Pure planning step: no server call, so a conflict anywhere leaves every stream untouched. */
const plan = (
  writes: ReadonlyArray<StreamWrite>,
  heads: ReadonlyMap<string, StreamHead>,
): WrongExpectedVersion | EventIdConflict | ReadonlyArray<PlannedWrite> => {
  // EventStoreDB keeps no index of event ids across streams: ids are checked against the target stream's tail and
  // across the streams of this append; an id stored long ago in another stream is not seen (docs/decisions/0190).
  const owners = new Map<string, string>();
  const pending = new Map<string, number>();
  const planned: Array<PlannedWrite> = [];
  for (const write of writes) {
    const head = heads.get(write.streamId) ?? headOf(undefined);
    const stored = (id: string) => (head.eventIds.has(id) ? write.streamId : undefined);
    const records = withoutDuplicates(write.streamId, write.records, stored, owners);
    if (records instanceof EventIdConflict) return records;
    const before = pending.get(write.streamId) ?? head.version;
    if (records.length > 0 || write.records.length === 0) {
      const conflict = checkExpectedVersion(write.streamId, write.expectedVersion, before);
      if (conflict !== undefined) return conflict;
    }
    pending.set(write.streamId, before + records.length);
    planned.push({ write, records, before });
  }
  return planned;
};

/** "any" stays "any" on the server; otherwise the checked version, so a concurrent writer is still caught there. */
const serverExpectation = (planned: PlannedWrite): AppendExpectedRevision => {
  if (planned.write.expectedVersion === "any") return ANY;
  return planned.before === 0 ? NO_STREAM : BigInt(planned.before - 1);
};

const writeOne = async (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  planned: PlannedWrite,
  head: StreamHead,
): Promise<AppendResult> => {
  const { streamId } = planned.write;
  if (planned.records.length === 0) {
    return {
      streamId,
      nextExpectedVersion: planned.before,
      lastPosition: head.lastPosition,
      appended: 0,
    };
  }
  const events = planned.records.map(toEventData);
  const result = await withRetry(retry, () =>
    client.appendToStream(streamId, events, { expectedRevision: serverExpectation(planned) }),
  );
  return {
    streamId,
    nextExpectedVersion: Number(result.nextExpectedRevision) + 1,
    lastPosition: Number(result.position?.commit ?? 0n),
    appended: planned.records.length,
  };
};

const conflictFrom = (error: WrongExpectedVersionError, write: StreamWrite): WrongExpectedVersion =>
  new WrongExpectedVersion({
    streamId: write.streamId,
    expected: write.expectedVersion,
    actual: typeof error.actualVersion === "bigint" ? Number(error.actualVersion) + 1 : 0,
  });

/**
 * Fast path for one write with an exact or noStream expectation: append straight away and let the server
 * check the version. A retried append then conflicts (its events sit past the expected version), so only
 * conflicts pay for the planned path that reads the tail and drops duplicates. Undefined = take that path.
 */
const appendDirectly = async (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  write: StreamWrite,
): Promise<AppendResult | undefined> => {
  if (write.expectedVersion === "any" || write.records.length === 0) return undefined;
  const before = write.expectedVersion === "noStream" ? 0 : write.expectedVersion;
  // One stream only, so an id can repeat only within it: never a conflict, only a dropped repeat.
  const records = withoutDuplicates(write.streamId, write.records, () => undefined, new Map());
  if (records instanceof EventIdConflict) throw records;
  try {
    return await writeOne(client, retry, { write, records, before }, headOf(undefined));
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return undefined;
    throw error;
  }
};

/** Throws WrongExpectedVersion, EventIdConflict or EventStoreError (ours); the caller wraps anything else. */
export const appendWrites = async (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  writes: ReadonlyArray<StreamWrite>,
): Promise<ReadonlyArray<AppendResult>> => {
  const only = writes.length === 1 ? writes[0] : undefined;
  const direct = only === undefined ? undefined : await appendDirectly(client, retry, only);
  if (direct !== undefined) return [direct];
  const streamIds = [...new Set(writes.map((w) => w.streamId))];
  const windowOf = (id: string) =>
    writes.reduce((n, w) => (w.streamId === id ? n + w.records.length : n), DEDUPLICATION_WINDOW);
  const streams = await Promise.all(
    streamIds.map((id) => readStreamTail(client, retry, id, windowOf(id))),
  );
  const heads = new Map(streamIds.map((id, i) => [id, headOf(streams[i])]));
  const planned = plan(writes, heads);
  if (planned instanceof WrongExpectedVersion || planned instanceof EventIdConflict) throw planned;
  const results: Array<AppendResult> = [];
  for (const write of planned) {
    try {
      results.push(
        await writeOne(client, retry, write, heads.get(write.write.streamId) ?? headOf(undefined)),
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (results.every((r) => r.appended === 0)) throw conflictFrom(error, write.write);
      // EventStoreDB has no multi-stream transaction: say plainly which streams were already written.
      const written = results.filter((r) => r.appended > 0).map((r) => r.streamId);
      throw new EventStoreError({
        reason: `appendBatch partly applied: ${written.join(", ")} written, then a concurrent write to ${write.write.streamId}`,
      });
    }
  }
  return results;
};
