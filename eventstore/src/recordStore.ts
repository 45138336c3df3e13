/** The adapter seam below the codec: adapters store and return encoded records; `typedEventStore` adds the codec. */
import type { Effect } from "effect";
import type {
  EventIdConflict,
  EventStoreError,
  StreamNotFound,
  WrongExpectedVersion,
} from "./errors";
import type {
  AppendResult,
  EventMetadata,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
} from "./eventStore";

/** One encoded event ready to be written; the adapter assigns version and position. */
export interface NewRecord {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata | undefined;
  readonly recordedAt: string;
}

export interface StoredRecord extends NewRecord {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

export interface StreamWrite {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly records: ReadonlyArray<NewRecord>;
}

/**
 * What an adapter implements. `append` is all-or-nothing across every write, skips records whose event id is
 * already stored in the same stream (a retry), and reports a version conflict or an id used in another stream
 * (`EventIdConflict`) without writing anything. Positions are assigned without gaps where the storage allows it.
 */
export interface RecordStore {
  readonly append: (
    writes: ReadonlyArray<StreamWrite>,
  ) => Effect.Effect<
    ReadonlyArray<AppendResult>,
    WrongExpectedVersion | EventIdConflict | EventStoreError
  >;
  readonly readStream: (
    streamId: string,
    options: ReadStreamOptions,
  ) => Effect.Effect<ReadonlyArray<StoredRecord>, StreamNotFound | EventStoreError>;
  readonly readAll: (
    options: ReadAllOptions,
  ) => Effect.Effect<ReadonlyArray<StoredRecord>, EventStoreError>;
  readonly getStreamMetadata: (
    streamId: string,
  ) => Effect.Effect<EventMetadata | undefined, EventStoreError>;
  readonly setStreamMetadata: (
    streamId: string,
    metadata: EventMetadata,
  ) => Effect.Effect<void, EventStoreError>;
  /** Called after each committed append in this process, so subscriptions wake without waiting for a poll. */
  readonly onAppended?: (listener: () => void) => () => void;
  readonly close: () => Effect.Effect<void, EventStoreError>;
}
