/**
 * Maps sagsflow records to EventStoreDB events and back: JSON data, a metadata envelope with the
 * schema version, `recordedAt` and ESDB's `$correlationId`/`$causationId`, 1-based versions.
 */
import { createHash } from "node:crypto";
import {
  type EventData,
  jsonEvent,
  type JSONType,
  type ResolvedEvent,
} from "@eventstore/db-client";
import type { EventMetadata } from "../eventStore";
import type { NewRecord, StoredRecord } from "../recordStore";

/** What sagsflow keeps in an ESDB event's metadata; `$correlationId`/`$causationId` follow ESDB's own convention. */
interface StoredEnvelope {
  readonly schemaVersion?: number;
  readonly recordedAt?: string;
  /** The caller's id when it is not a UUID (ESDB event ids must be UUIDs). */
  readonly eventId?: string;
  readonly metadata?: EventMetadata;
  readonly $correlationId?: string;
  readonly $causationId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fixed namespace so the same non-UUID id always maps to the same ESDB event id (RFC 9562 §5.5, name-based). */
const NAMESPACE = Buffer.from("6f1c2e0a8d3b4c5e9a7f1b2c3d4e5f60", "hex");

export const eventUuid = (eventId: string): string => {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const hash = createHash("sha1").update(NAMESPACE).update(eventId, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

const correlationOf = (metadata: EventMetadata | undefined) => ({
  ...(typeof metadata?.correlationId === "string"
    ? { $correlationId: metadata.correlationId }
    : {}),
  ...(typeof metadata?.causationId === "string" ? { $causationId: metadata.causationId } : {}),
});

export const toEventData = (record: NewRecord): EventData => {
  const id = eventUuid(record.eventId);
  const envelope: StoredEnvelope = {
    schemaVersion: record.schemaVersion,
    recordedAt: record.recordedAt,
    ...(id === record.eventId ? {} : { eventId: record.eventId }),
    ...(record.metadata === undefined ? {} : { metadata: record.metadata }),
    ...correlationOf(record.metadata),
  };
  return jsonEvent({ id, type: record.type, data: record.data as JSONType, metadata: envelope });
};

const isEnvelope = (value: unknown): value is StoredEnvelope =>
  typeof value === "object" && value !== null && !(value instanceof Uint8Array);

/** Events of system streams (`$...`) and link events are the server's, not ours. */
export const isSystemStream = (streamId: string): boolean => streamId.startsWith("$");

/**
 * Converts a read or subscription event; undefined for system and link events.
 * Versions are revision + 1; positions are the commit position (never 0 for a user event on a real server).
 */
export const fromResolved = (resolved: ResolvedEvent): StoredRecord | undefined => {
  const event = resolved.event;
  if (event === undefined || isSystemStream(event.streamId) || event.type.startsWith("$"))
    return undefined;
  const envelope = isEnvelope(event.metadata) ? event.metadata : {};
  return {
    streamId: event.streamId,
    version: Number(event.revision) + 1,
    position: Number(event.position?.commit ?? resolved.commitPosition ?? 0n),
    eventId: envelope.eventId ?? event.id,
    type: event.type,
    schemaVersion: envelope.schemaVersion ?? 1,
    data: event.data,
    metadata: envelope.metadata,
    recordedAt: envelope.recordedAt ?? event.created.toISOString(),
  };
};

/** ESDB wants both halves of a log position; for events written over gRPC they are equal. */
export const logPosition = (
  position: number,
): { readonly commit: bigint; readonly prepare: bigint } => ({
  commit: BigInt(position),
  prepare: BigInt(position),
});
