/** In-memory RecordStore: arrays and maps, synchronous, for tests, the simulator and small runs. */
import { Effect } from "effect";
import { EventIdConflict, EventStoreError, StreamNotFound, WrongExpectedVersion } from "../errors";
import type { AppendResult, EventMetadata } from "../eventStore";
import { planWrites } from "../expectedVersion";
import type { RecordStore, StoredRecord, StreamWrite } from "../recordStore";
import { sliceStream } from "./sliceStream";

export const makeMemoryRecordStore = (): RecordStore => {
  const all: Array<StoredRecord> = [];
  const streams = new Map<string, Array<StoredRecord>>();
  /** Event id to the stream it is stored in. */
  const eventIds = new Map<string, string>();
  const metadata = new Map<string, EventMetadata>();
  const listeners = new Set<() => void>();
  let closed = false;

  const closedError = () => new EventStoreError({ reason: "memory event store is closed" });

  const commit = (writes: ReadonlyArray<StreamWrite>): ReadonlyArray<AppendResult> =>
    writes.map((write) => {
      let stream = streams.get(write.streamId);
      if (stream === undefined) {
        stream = [];
        streams.set(write.streamId, stream);
      }
      for (const record of write.records) {
        const stored = {
          ...record,
          streamId: write.streamId,
          version: stream.length + 1,
          position: all.length + 1,
        };
        stream.push(stored);
        all.push(stored);
        eventIds.set(record.eventId, write.streamId);
      }
      return {
        streamId: write.streamId,
        nextExpectedVersion: stream.length,
        lastPosition: all.length,
        appended: write.records.length,
      };
    });

  return {
    append: (writes) =>
      Effect.suspend((): ReturnType<RecordStore["append"]> => {
        if (closed) return Effect.fail(closedError());
        const planned = planWrites(writes, {
          streamVersion: (id) => streams.get(id)?.length ?? 0,
          storedIn: (id) => eventIds.get(id),
        });
        if (planned instanceof WrongExpectedVersion || planned instanceof EventIdConflict) {
          return Effect.fail(planned);
        }
        const results = commit(planned);
        for (const listener of listeners) listener();
        return Effect.succeed(results);
      }),
    readStream: (streamId, options) =>
      Effect.suspend((): ReturnType<RecordStore["readStream"]> => {
        if (closed) return Effect.fail(closedError());
        const stream = streams.get(streamId);
        if (stream === undefined) return Effect.fail(new StreamNotFound({ streamId }));
        return Effect.succeed(sliceStream(stream, options));
      }),
    readAll: ({ afterPosition = 0, maxCount = Number.POSITIVE_INFINITY, streamPrefix }) =>
      Effect.sync(() => {
        // Positions are 1-based and dense, so the checkpoint is also the array index to start at.
        if (streamPrefix === undefined) return all.slice(afterPosition, afterPosition + maxCount);
        const out: Array<StoredRecord> = [];
        for (let i = afterPosition; i < all.length && out.length < maxCount; i++) {
          const record = all[i] as StoredRecord;
          if (record.streamId.startsWith(streamPrefix)) out.push(record);
        }
        return out;
      }),
    getStreamMetadata: (streamId) => Effect.sync(() => metadata.get(streamId)),
    setStreamMetadata: (streamId, value) => Effect.sync(() => void metadata.set(streamId, value)),
    onAppended: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      Effect.sync(() => {
        closed = true;
      }),
  };
};
