/** Reads over the EventStoreDB client: one stream (1-based versions) and `$all` after an exclusive checkpoint. */
import {
  BACKWARDS,
  END,
  type EventStoreDBClient,
  FORWARDS,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
} from "@eventstore/db-client";
import { StreamNotFound } from "../errors";
import type { ReadAllOptions, ReadStreamOptions } from "../eventStore";
import type { StoredRecord } from "../recordStore";
import { readAllFiltered } from "./esdbFilteredRead";
import { fromResolved, logPosition } from "./esdbRecordMapping";
import { type RetryPolicy, withRetry } from "./esdbRetry";

const collect = async (events: AsyncIterable<ResolvedEvent>): Promise<Array<StoredRecord>> => {
  const out: Array<StoredRecord> = [];
  for (const resolved of await collectResolved(events)) {
    const record = fromResolved(resolved);
    if (record !== undefined) out.push(record);
  }
  return out;
};

/** Throws StreamNotFound (ours) when the server has no such stream. */
export const readStreamRecords = async (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  streamId: string,
  { direction = "forward", fromVersion, maxCount = Number.MAX_SAFE_INTEGER }: ReadStreamOptions,
): Promise<ReadonlyArray<StoredRecord>> => {
  const forwards = direction === "forward";
  const fromRevision =
    fromVersion === undefined ? (forwards ? START : END) : BigInt(Math.max(fromVersion - 1, 0));
  // A backward read from before version 1 is empty, but the stream must still exist.
  const empty = maxCount <= 0 || (!forwards && fromVersion !== undefined && fromVersion < 1);
  try {
    const records = await withRetry(retry, () =>
      collect(
        client.readStream(streamId, {
          direction: forwards ? FORWARDS : BACKWARDS,
          fromRevision,
          maxCount: empty ? 1 : Math.min(maxCount, Number.MAX_SAFE_INTEGER),
        }),
      ),
    );
    return empty ? [] : records;
  } catch (error) {
    if (error instanceof StreamNotFoundError) throw new StreamNotFound({ streamId });
    throw error;
  }
};

/** The newest `maxCount` records, newest first; undefined when the stream does not exist. Used to plan appends. */
export const readStreamTail = (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  streamId: string,
  maxCount: number,
): Promise<ReadonlyArray<StoredRecord> | undefined> =>
  readStreamRecords(client, retry, streamId, { direction: "backward", maxCount }).catch(
    (error: unknown) => {
      if (error instanceof StreamNotFound) return undefined;
      throw error;
    },
  );

/**
 * Pages through `$all` from the checkpoint (positions are sparse log offsets, so the checkpoint is read
 * inclusively and skipped). With a prefix the server filters; without one, system events are dropped here.
 */
export const readAllRecords = async (
  client: EventStoreDBClient,
  retry: RetryPolicy,
  { afterPosition = 0, maxCount = Number.POSITIVE_INFINITY, streamPrefix }: ReadAllOptions,
  pageSize: number,
): Promise<ReadonlyArray<StoredRecord>> => {
  const out: Array<StoredRecord> = [];
  let after = afterPosition;
  for (;;) {
    const from = after === 0 ? START : logPosition(after);
    const page = await withRetry(retry, async () =>
      toPage(
        streamPrefix === undefined
          ? await collectResolved(
              client.readAll({ fromPosition: from, maxCount: pageSize, direction: FORWARDS }),
            )
          : await readAllFiltered(client, from, streamPrefix, pageSize),
      ),
    );
    for (const record of page.records) {
      // The prefix check repeats the server's filter, in case a server ignores it.
      if (
        record.position <= after ||
        (streamPrefix !== undefined && !record.streamId.startsWith(streamPrefix))
      )
        continue;
      out.push(record);
      if (out.length >= maxCount) return out;
    }
    if (page.lastPosition === undefined || page.lastPosition <= after || page.count < pageSize)
      return out;
    after = page.lastPosition;
  }
};

interface Page {
  readonly records: ReadonlyArray<StoredRecord>;
  readonly count: number;
  readonly lastPosition: number | undefined;
}

const collectResolved = async (
  events: AsyncIterable<ResolvedEvent>,
): Promise<Array<ResolvedEvent>> => {
  const out: Array<ResolvedEvent> = [];
  for await (const resolved of events) out.push(resolved);
  return out;
};

/** Keeps the raw count and last position, so pages of only system events still advance the cursor. */
const toPage = (events: ReadonlyArray<ResolvedEvent>): Page => {
  const records: Array<StoredRecord> = [];
  let lastPosition: number | undefined;
  for (const resolved of events) {
    const position = resolved.event?.position?.commit ?? resolved.commitPosition;
    if (position !== undefined) lastPosition = Number(position);
    const record = fromResolved(resolved);
    if (record !== undefined) records.push(record);
  }
  return { records, count: events.length, lastPosition };
};
