/** The codec seam: the store is generic over its event type, and payloads cross it as plain JSON data. */
import type { Result } from "effect";
import type { EventDecodeFailed, UnknownEventType } from "./errors";

/** An event as stored: its type name, the version of its schema and JSON-safe data. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** Turns events into stored payloads and back; decode sees the global position for error messages. */
export interface EventCodec<E> {
  readonly encode: (event: E) => Result.Result<EncodedEvent, string>;
  readonly decode: (
    encoded: EncodedEvent,
    position: number,
  ) => Result.Result<E, UnknownEventType | EventDecodeFailed>;
}
