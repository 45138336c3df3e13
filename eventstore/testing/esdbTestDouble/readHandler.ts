/**
 * TEST DOUBLE: not an EventStoreDB server. `Streams/Read` (server streaming): a finite read of one
 * stream or of `$all`, or a subscription (catch-up from a position, then `CaughtUp`, then live).
 */
import type * as grpc from "@grpc/grpc-js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import type { EsdbLog, StoredRecord } from "./esdbLog";
import { recordFilter } from "./recordFilter";
import {
  caughtUpResponse,
  checkpointResponse,
  confirmationResponse,
  eventResponse,
  streamNameOf,
  streamNotFoundResponse,
} from "./wire";

type ReadCall = grpc.ServerWritableStream<streamsPb.ReadReq, streamsPb.ReadResp>;
const Options = streamsPb.ReadReq.Options;

const isForwards = (options: streamsPb.ReadReq.Options): boolean =>
  options.getReadDirection() === Options.ReadDirection.FORWARDS;

type Start = "start" | "end" | bigint;

/**
 * Orders and cuts a read. Forwards always includes the start; backwards includes it for a stream
 * revision but not for a `$all` position (server semantics).
 */
const directional = (
  records: ReadonlyArray<StoredRecord>,
  forwards: boolean,
  from: Start,
  key: (record: StoredRecord) => bigint,
  backwardsInclusive: boolean,
): ReadonlyArray<StoredRecord> => {
  if (from === "start") return forwards ? records : [];
  if (from === "end") return forwards ? [] : [...records].reverse();
  if (forwards) return records.filter((r) => key(r) >= from);
  return records.filter((r) => (backwardsInclusive ? key(r) <= from : key(r) < from)).reverse();
};

const streamStart = (options: streamsPb.ReadReq.Options): Start => {
  const stream = options.getStream();
  if (stream?.hasRevision() === true) return BigInt(stream.getRevision());
  return stream?.hasEnd() === true ? "end" : "start";
};

const allStart = (options: streamsPb.ReadReq.Options): Start => {
  const all = options.getAll();
  const position = all?.getPosition();
  if (position !== undefined) return BigInt(position.getCommitPosition());
  return all?.hasEnd() === true ? "end" : "start";
};

const finiteRead = (log: EsdbLog, call: ReadCall, options: streamsPb.ReadReq.Options): void => {
  const limit = Number(options.getCount());
  let selected: ReadonlyArray<StoredRecord>;
  if (options.hasStream()) {
    const name = streamNameOf(options.getStream()?.getStreamIdentifier());
    const records = log.stream(name);
    if (records === undefined) {
      call.write(streamNotFoundResponse(name));
      call.end();
      return;
    }
    selected = directional(
      records,
      isForwards(options),
      streamStart(options),
      (r) => r.revision,
      true,
    );
  } else
    selected = directional(
      log.allRecords(),
      isForwards(options),
      allStart(options),
      (r) => r.position,
      false,
    ).filter(recordFilter(options));
  writeWithBackpressure(call, selected.slice(0, limit));
};

/** Writes until the transport buffer is full, then waits for `drain`, as a server under flow control does. */
const writeWithBackpressure = (call: ReadCall, records: ReadonlyArray<StoredRecord>): void => {
  let next = 0;
  const pump = (): void => {
    while (next < records.length) {
      const record = records[next++] as StoredRecord;
      if (!call.write(eventResponse(record))) {
        call.once("drain", pump);
        return;
      }
    }
    call.end();
  };
  pump();
};

/** Subscriptions start after their position (exclusive), unlike reads. */
const startsAfter = (options: streamsPb.ReadReq.Options): ((record: StoredRecord) => boolean) => {
  if (options.hasAll()) {
    const all = options.getAll();
    if (all?.getAllOptionCase() === Options.AllOptions.AllOptionCase.END) return () => false;
    if (all?.hasPosition() !== true) return () => true;
    const from = BigInt(all.getPosition()?.getCommitPosition() ?? "0");
    return (r) => r.position > from;
  }
  const stream = options.getStream();
  const name = streamNameOf(stream?.getStreamIdentifier());
  if (stream?.hasEnd() === true) return () => false;
  const from = stream?.hasRevision() === true ? BigInt(stream.getRevision()) : -1n;
  return (r) => r.streamName === name && r.revision > from;
};

let subscriptionCounter = 0;

const subscription = (log: EsdbLog, call: ReadCall, options: streamsPb.ReadReq.Options): void => {
  const inScope = options.hasAll() ? recordFilter(options) : startsAfter(options);
  const catchUp = startsAfter(options);
  subscriptionCounter += 1;
  call.write(confirmationResponse(`double-subscription-${subscriptionCounter}`));
  // Catch-up and registration happen in one synchronous turn, so no append can fall in between.
  for (const record of log.allRecords())
    if (catchUp(record) && inScope(record)) call.write(eventResponse(record));
  const last = log.lastPosition();
  if (options.hasFilter() && last !== undefined) call.write(checkpointResponse(last));
  call.write(caughtUpResponse());
  const unsubscribe = log.subscribe((record) => {
    if (inScope(record)) call.write(eventResponse(record));
  });
  call.on("cancelled", unsubscribe);
  call.on("close", unsubscribe);
};

export const readHandler =
  (log: EsdbLog): grpc.handleServerStreamingCall<streamsPb.ReadReq, streamsPb.ReadResp> =>
  (call) => {
    const options = call.request.getOptions();
    if (options === undefined) return call.destroy(new Error("Read without options"));
    if (options.hasSubscription()) subscription(log, call, options);
    else finiteRead(log, call, options);
  };
