/** Decodes a page of stored records into RecordedEvents through a codec. */
import { Result } from "effect";
import type { EventDecodeFailed, UnknownEventType } from "./errors";
import type { EventCodec } from "./eventCodec";
import type { RecordedEvent } from "./eventStore";
import type { StoredRecord } from "./recordStore";

/** Decodes a page with one loop (no per-event Effect), stopping at the first bad record. */
export const decodeRecords = <E>(
  codec: EventCodec<E>,
  records: ReadonlyArray<StoredRecord>,
): Result.Result<ReadonlyArray<RecordedEvent<E>>, UnknownEventType | EventDecodeFailed> => {
  const out: Array<RecordedEvent<E>> = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as StoredRecord;
    const decoded = codec.decode(r, r.position);
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure);
    out[i] = {
      streamId: r.streamId,
      version: r.version,
      position: r.position,
      eventId: r.eventId,
      type: r.type,
      recordedAt: r.recordedAt,
      metadata: r.metadata,
      event: decoded.success,
    };
  }
  return Result.succeed(out);
};
