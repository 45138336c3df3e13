/** Puts a codec, a clock and an id source on top of an adapter's RecordStore to give the EventStore port. */
import { Effect, Result } from "effect";
import { decodeRecords } from "./decodeRecords";
import { EventEncodeFailed } from "./errors";
import type { EventCodec } from "./eventCodec";
import type { AppendResult, EventStore, StreamAppend } from "./eventStore";
import type { RecordStore, StoredRecord, StreamWrite } from "./recordStore";
import { catchUpSubscription } from "./subscription";

export interface StoreEnvironment<E> {
  readonly codec: EventCodec<E>;
  /** ISO timestamp for `recordedAt` when the caller gives none; inject a fixed one in tests. */
  readonly clock?: () => string;
  readonly newEventId?: () => string;
}

const systemClock = (): string => new Date().toISOString();
const randomId = (): string => globalThis.crypto.randomUUID();

const encodeAppend = <E>(
  env: Required<StoreEnvironment<E>>,
  append: StreamAppend<E>,
): Result.Result<StreamWrite, EventEncodeFailed> => {
  const recordedAt = append.recordedAt ?? env.clock();
  const records = [];
  for (let i = 0; i < append.events.length; i++) {
    const event = append.events[i] as E;
    const encoded = env.codec.encode(event);
    if (Result.isFailure(encoded)) {
      const type = String((event as { _tag?: unknown } | null)?._tag ?? typeof event);
      return Result.fail(
        new EventEncodeFailed({
          streamId: append.streamId,
          index: i,
          type,
          reason: encoded.failure,
        }),
      );
    }
    const eventId = append.eventIds?.[i] ?? env.newEventId();
    records.push({ ...encoded.success, eventId, metadata: append.metadata, recordedAt });
  }
  return Result.succeed({
    streamId: append.streamId,
    expectedVersion: append.expectedVersion ?? "any",
    records,
  });
};

/** Builds the EventStore port over any RecordStore. */
export const typedEventStore = <E>(
  records: RecordStore,
  environment: StoreEnvironment<E>,
): EventStore<E> => {
  const env = { clock: systemClock, newEventId: randomId, ...environment };
  const appendBatch: EventStore<E>["appendBatch"] = (appends) =>
    Effect.suspend((): ReturnType<EventStore<E>["appendBatch"]> => {
      const writes: Array<StreamWrite> = [];
      for (const append of appends) {
        const write = encodeAppend(env, append);
        if (Result.isFailure(write)) return Effect.fail(write.failure);
        writes.push(write.success);
      }
      return records.append(writes);
    });
  const decodePage = (page: ReadonlyArray<StoredRecord>) =>
    Effect.fromResult(decodeRecords(env.codec, page));
  return {
    appendBatch,
    append: (streamId, events, options = {}) =>
      Effect.map(
        appendBatch([{ ...options, streamId, events }]),
        (results) => results[0] as AppendResult,
      ),
    readStream: (streamId, options = {}) =>
      Effect.flatMap(records.readStream(streamId, options), decodePage),
    readAll: (options = {}) => Effect.flatMap(records.readAll(options), decodePage),
    subscribe: (options = {}) => catchUpSubscription(records, env.codec, options),
    streamMetadata: { get: records.getStreamMetadata, set: records.setStreamMetadata },
    close: records.close,
  };
};
