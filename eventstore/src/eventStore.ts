/** The EventStore port: append with optimistic concurrency, read a stream or all, catch-up subscriptions, metadata. */
import { Context, type Effect } from "effect";
import type {
  EventDecodeFailed,
  EventEncodeFailed,
  EventIdConflict,
  EventStoreError,
  StreamNotFound,
  UnknownEventType,
  WrongExpectedVersion,
} from "./errors";

/** `"any"` skips the check, `"noStream"` requires an empty stream, a number is the exact current version. */
export type ExpectedVersion = "any" | "noStream" | number;

/** Correlation and causation ids and anything else the caller wants kept beside the payload. */
export type EventMetadata = Readonly<Record<string, unknown>> & {
  readonly correlationId?: string;
  readonly causationId?: string;
};

/** Envelope kept apart from the payload. Versions start at 1 per stream, positions at 1 for the whole store. */
export interface RecordedEvent<E> {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly metadata: EventMetadata | undefined;
  readonly event: E;
}

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /** One id per event; an id already stored is skipped, so retrying an append is harmless. */
  readonly eventIds?: ReadonlyArray<string>;
  readonly metadata?: EventMetadata;
  /** ISO timestamp; defaults to the store's injected clock. */
  readonly recordedAt?: string;
}

/** The stream version after the append (= number of events in it) and the last global position written. */
export interface AppendResult {
  readonly streamId: string;
  readonly nextExpectedVersion: number;
  readonly lastPosition: number;
  readonly appended: number;
}

export interface StreamAppend<E> extends AppendOptions {
  readonly streamId: string;
  readonly events: ReadonlyArray<E>;
}

export interface ReadStreamOptions {
  readonly direction?: "forward" | "backward";
  /** Inclusive; forward defaults to 1, backward to the last version. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive checkpoint: events with a greater position are returned. Default 0 (from the start). */
  readonly afterPosition?: number;
  readonly maxCount?: number;
  /** Only streams whose id starts with this, e.g. `"sag-"`. */
  readonly streamPrefix?: string;
}

export interface SubscribeOptions {
  readonly afterPosition?: number;
  readonly streamPrefix?: string;
  /** Rows per read while catching up. Default 1000. */
  readonly pageSize?: number;
  /** How often to look for events written by other connections once caught up. Default 50 ms. */
  readonly pollIntervalMs?: number;
}

/** A catch-up subscription; iteration rejects with the typed read error if a stored event cannot be decoded. */
export interface Subscription<E> extends AsyncIterable<RecordedEvent<E>> {
  /** Ends the iteration; a pending `next()` resolves with `done: true`. */
  readonly stop: () => void;
}

export type ReadError = UnknownEventType | EventDecodeFailed | EventStoreError;
export type AppendError =
  | WrongExpectedVersion
  | EventIdConflict
  | EventEncodeFailed
  | EventStoreError;

export interface EventStore<E> {
  readonly append: (
    streamId: string,
    events: ReadonlyArray<E>,
    options?: AppendOptions,
  ) => Effect.Effect<AppendResult, AppendError>;
  /** Several streams in one transaction (imports): all are written or none. */
  readonly appendBatch: (
    appends: ReadonlyArray<StreamAppend<E>>,
  ) => Effect.Effect<ReadonlyArray<AppendResult>, AppendError>;
  readonly readStream: (
    streamId: string,
    options?: ReadStreamOptions,
  ) => Effect.Effect<ReadonlyArray<RecordedEvent<E>>, StreamNotFound | ReadError>;
  readonly readAll: (
    options?: ReadAllOptions,
  ) => Effect.Effect<ReadonlyArray<RecordedEvent<E>>, ReadError>;
  readonly subscribe: (options?: SubscribeOptions) => Subscription<E>;
  readonly streamMetadata: {
    readonly get: (streamId: string) => Effect.Effect<EventMetadata | undefined, EventStoreError>;
    readonly set: (
      streamId: string,
      metadata: EventMetadata,
    ) => Effect.Effect<void, EventStoreError>;
  };
  readonly close: () => Effect.Effect<void, EventStoreError>;
}

/**
 * Makes an Effect service key for a store of one event type (the store is generic, a key is not).
 * @example
 * export const CaseEventStore = eventStoreService<DomainEvent>("@sagsflow/api/CaseEventStore")
 * const layer = Layer.succeed(CaseEventStore, makeMemoryEventStore({ codec: domainEventCodec }))
 */
export const eventStoreService = <E>(key: string): Context.Service<EventStore<E>, EventStore<E>> =>
  Context.Service<EventStore<E>>(key);
