/** Typed failures of the EventStore port. Each names the stream, type or position at fault. */
import { Schema } from "effect";

/** Optimistic concurrency: the stream was not at the version the caller expected. Nothing was written. */
export class WrongExpectedVersion extends Schema.TaggedError<WrongExpectedVersion>()(
  "WrongExpectedVersion",
  {
    streamId: Schema.String,
    expected: Schema.Union([Schema.String, Schema.Number]),
    actual: Schema.Number,
  },
) {
  override get message(): string {
    return `Stream ${this.streamId}: expected version ${this.expected}, actual ${this.actual}`;
  }
}

/**
 * An event id is already stored in another stream (or given for two streams in one append). Ids are unique across
 * the whole store: the same id to the same stream is a harmless retry, to another stream a mistake. Nothing was written.
 */
export class EventIdConflict extends Schema.TaggedError<EventIdConflict>()("EventIdConflict", {
  eventId: Schema.String,
  streamId: Schema.String,
  storedIn: Schema.String,
}) {
  override get message(): string {
    return `Event id ${this.eventId} for stream ${this.streamId} is already used in stream ${this.storedIn}`;
  }
}

/** The stream holds no events. */
export class StreamNotFound extends Schema.TaggedError<StreamNotFound>()("StreamNotFound", {
  streamId: Schema.String,
}) {
  override get message(): string {
    return `Stream ${this.streamId} not found`;
  }
}

/** A stored event has a type the codec does not know (after upcasting). */
export class UnknownEventType extends Schema.TaggedError<UnknownEventType>()("UnknownEventType", {
  type: Schema.String,
  position: Schema.Number,
}) {
  override get message(): string {
    return `Unknown event type ${this.type} at position ${this.position}`;
  }
}

/** A stored event of a known type does not match its schema. */
export class EventDecodeFailed extends Schema.TaggedError<EventDecodeFailed>()(
  "EventDecodeFailed",
  {
    type: Schema.String,
    position: Schema.Number,
    reason: Schema.String,
  },
) {
  override get message(): string {
    return `Event ${this.type} at position ${this.position} does not decode: ${this.reason}`;
  }
}

/** An event given to append does not match its schema; the whole append is refused. */
export class EventEncodeFailed extends Schema.TaggedError<EventEncodeFailed>()(
  "EventEncodeFailed",
  {
    streamId: Schema.String,
    index: Schema.Number,
    type: Schema.String,
    reason: Schema.String,
  },
) {
  override get message(): string {
    return `Event #${this.index} (${this.type}) for stream ${this.streamId} does not encode: ${this.reason}`;
  }
}

/** Infrastructure failure (IO, corrupt file, closed store), wrapped once. */
export class EventStoreError extends Schema.TaggedError<EventStoreError>()("EventStoreError", {
  reason: Schema.String,
}) {
  override get message(): string {
    return this.reason;
  }
}

/** Configuration such as `SAGSFLOW_STORE` names something that cannot be used. */
export class EventStoreConfigInvalid extends Schema.TaggedError<EventStoreConfigInvalid>()(
  "EventStoreConfigInvalid",
  { variable: Schema.String, value: Schema.String, reason: Schema.String },
) {
  override get message(): string {
    return `${this.variable}=${this.value}: ${this.reason}`;
  }
}

/** Wraps an unknown thrown value once, keeping only its message (no stack reaches users). */
export const toEventStoreError = (context: string, cause: unknown): EventStoreError =>
  new EventStoreError({
    reason: `${context}: ${cause instanceof Error ? cause.message : String(cause)}`,
  });
