/**
 * TEST DOUBLE: not an EventStoreDB server. Conversions between the client's generated protobuf
 * messages (shipped in `@eventstore/db-client/generated`) and the double's log records.
 */
import sharedPb from "@eventstore/db-client/generated/shared_pb.js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import type { AppendOutcome, ExpectedRevision, ProposedRecord, StoredRecord } from "./esdbLog";

const decoder = new TextDecoder();

export const streamNameOf = (identifier: sharedPb.StreamIdentifier | undefined): string =>
  identifier === undefined ? "" : decoder.decode(identifier.getStreamName_asU8());

export const streamIdentifier = (name: string): sharedPb.StreamIdentifier =>
  new sharedPb.StreamIdentifier().setStreamName(new TextEncoder().encode(name));

export const uuidString = (uuid: sharedPb.UUID | undefined): string => uuid?.getString() ?? "";

interface GrpcProposal {
  getId(): sharedPb.UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getCustomMetadata_asU8(): Uint8Array;
  getData_asU8(): Uint8Array;
}

/** Append and BatchAppend carry the same proposal shape; the type travels in the metadata map. */
export const toProposed = (message: GrpcProposal): ProposedRecord => ({
  id: uuidString(message.getId()),
  type: message.getMetadataMap().get("type") ?? "",
  contentType: message.getMetadataMap().get("content-type") ?? "application/octet-stream",
  customMetadata: message.getCustomMetadata_asU8(),
  data: message.getData_asU8(),
});

const recordedEvent = (record: StoredRecord): streamsPb.ReadResp.ReadEvent.RecordedEvent => {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(record.id))
    .setStreamIdentifier(streamIdentifier(record.streamName))
    .setStreamRevision(record.revision.toString())
    .setCommitPosition(record.position.toString())
    .setPreparePosition(record.position.toString())
    .setCustomMetadata(record.customMetadata)
    .setData(record.data);
  const metadata = recorded.getMetadataMap();
  metadata.set("type", record.type);
  metadata.set("content-type", record.contentType);
  metadata.set("created", record.createdTicks);
  return recorded;
};

export const eventResponse = (record: StoredRecord): streamsPb.ReadResp => {
  const event = new streamsPb.ReadResp.ReadEvent()
    .setEvent(recordedEvent(record))
    .setCommitPosition(record.position.toString());
  return new streamsPb.ReadResp().setEvent(event);
};

export const streamNotFoundResponse = (name: string): streamsPb.ReadResp =>
  new streamsPb.ReadResp().setStreamNotFound(
    new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)),
  );

export const confirmationResponse = (subscriptionId: string): streamsPb.ReadResp =>
  new streamsPb.ReadResp().setConfirmation(
    new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId),
  );

export const caughtUpResponse = (): streamsPb.ReadResp =>
  new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp());

export const checkpointResponse = (position: bigint): streamsPb.ReadResp =>
  new streamsPb.ReadResp().setCheckpoint(
    new streamsPb.ReadResp.Checkpoint()
      .setCommitPosition(position.toString())
      .setPreparePosition(position.toString()),
  );

/** Append and BatchAppend number their expected-revision oneof alike: 2 exact, 3 no stream, 4 any, 5 stream exists. */
export const expectedRevisionOf = (optionCase: number, exact: () => string): ExpectedRevision => {
  if (optionCase === 2) return { _tag: "Exact", revision: BigInt(exact()) };
  if (optionCase === 3) return { _tag: "NoStream" };
  if (optionCase === 5) return { _tag: "StreamExists" };
  return { _tag: "Any" };
};

/** The two WrongExpectedVersion messages (AppendResp's and shared) differ only in setter names. */
export interface WrongExpectedVersionSetters {
  readonly current: (revision: string) => void;
  readonly currentNoStream: () => void;
  readonly expected: (revision: string) => void;
  readonly expectedNoStream: () => void;
  readonly expectedStreamExists: () => void;
  readonly expectedAny: () => void;
}

export const fillWrongExpectedVersion = (
  outcome: Extract<AppendOutcome, { ok: false }>,
  set: WrongExpectedVersionSetters,
): void => {
  if (outcome.current === undefined) set.currentNoStream();
  else set.current(outcome.current.toString());
  const expected = outcome.expected;
  if (expected._tag === "Exact") set.expected(expected.revision.toString());
  else if (expected._tag === "NoStream") set.expectedNoStream();
  else if (expected._tag === "StreamExists") set.expectedStreamExists();
  else set.expectedAny();
};
