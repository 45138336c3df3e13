/** The EventStoreDB/KurrentDB RecordStore: the port's seam implemented over `@eventstore/db-client`. */
import type { EventStoreDBClient } from "@eventstore/db-client";
import { Effect } from "effect";
import {
  EventIdConflict,
  EventStoreError,
  StreamNotFound,
  toEventStoreError,
  WrongExpectedVersion,
} from "../errors";
import type { EventMetadata } from "../eventStore";
import type { RecordStore } from "../recordStore";
import { appendWrites } from "./esdbAppend";
import { readAllRecords, readStreamRecords } from "./esdbReads";
import type { RetryPolicy } from "./esdbRetry";

/** Our keys live under one custom property, so a user key like `maxCount` never becomes an ESDB `$maxCount`. */
const METADATA_KEY = "sagsflow";

export interface EsdbRecordStoreOptions {
  readonly client: EventStoreDBClient;
  readonly retry: RetryPolicy;
  /** Events per `$all` page while reading with a prefix filter (client-side). */
  readonly pageSize: number;
}

/** Keeps our own typed failures, wraps everything else once as EventStoreError. */
const passThrough =
  (context: string) =>
  (error: unknown): WrongExpectedVersion | EventIdConflict | StreamNotFound | EventStoreError => {
    if (
      error instanceof WrongExpectedVersion ||
      error instanceof EventIdConflict ||
      error instanceof StreamNotFound ||
      error instanceof EventStoreError
    ) {
      return error;
    }
    return toEventStoreError(context, error);
  };

export const makeEsdbRecordStore = ({
  client,
  retry,
  pageSize,
}: EsdbRecordStoreOptions): RecordStore => {
  let closed = false;
  const call = <A>(context: string, run: () => Promise<A>) =>
    Effect.tryPromise({
      try: () =>
        closed
          ? Promise.reject(new EventStoreError({ reason: "EventStoreDB store is closed" }))
          : run(),
      catch: passThrough(context),
    });
  const onlyStoreError = <A>(
    effect: Effect.Effect<
      A,
      WrongExpectedVersion | EventIdConflict | StreamNotFound | EventStoreError
    >,
  ) =>
    Effect.mapError(effect, (e) =>
      e instanceof EventStoreError ? e : new EventStoreError({ reason: e.message }),
    );

  return {
    append: (writes) =>
      Effect.mapError(
        call("EventStoreDB append", () => appendWrites(client, retry, writes)),
        (e) => (e instanceof StreamNotFound ? new EventStoreError({ reason: e.message }) : e),
      ),
    readStream: (streamId, options) =>
      Effect.mapError(
        call("EventStoreDB readStream", () => readStreamRecords(client, retry, streamId, options)),
        (e) =>
          e instanceof WrongExpectedVersion || e instanceof EventIdConflict
            ? new EventStoreError({ reason: e.message })
            : e,
      ),
    readAll: (options) =>
      onlyStoreError(
        call("EventStoreDB readAll", () => readAllRecords(client, retry, options, pageSize)),
      ),
    getStreamMetadata: (streamId) =>
      onlyStoreError(
        call("EventStoreDB getStreamMetadata", async () => {
          const { metadata } = await client.getStreamMetadata(streamId);
          const ours = metadata?.[METADATA_KEY];
          return typeof ours === "object" && ours !== null ? (ours as EventMetadata) : undefined;
        }),
      ),
    setStreamMetadata: (streamId, metadata) =>
      onlyStoreError(
        call("EventStoreDB setStreamMetadata", async () => {
          await client.setStreamMetadata(streamId, { [METADATA_KEY]: metadata });
        }),
      ),
    close: () =>
      Effect.tryPromise({
        try: async () => {
          if (closed) return;
          closed = true;
          await client.dispose();
        },
        catch: (error) => toEventStoreError("EventStoreDB close", error),
      }),
  };
};
