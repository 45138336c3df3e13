/**
 * TEST DOUBLE: not an EventStoreDB server. `Streams/BatchAppend` (bidirectional): requests are
 * chunks keyed by correlation id, the first carries options, the last `isFinal`; one answer per batch.
 */
import type * as grpc from "@grpc/grpc-js";
import sharedPb from "@eventstore/db-client/generated/shared_pb.js";
import statusPb from "@eventstore/db-client/generated/status_pb.js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import emptyPb from "google-protobuf/google/protobuf/empty_pb.js";
import anyPb from "google-protobuf/google/protobuf/any_pb.js";
import type { AppendOutcome, EsdbLog, ProposedRecord } from "./esdbLog";
import {
  expectedRevisionOf,
  fillWrongExpectedVersion,
  streamIdentifier,
  streamNameOf,
  toProposed,
  uuidString,
} from "./wire";

const FAILED_PRECONDITION = 9;

/** The server reports a conflict as a google.rpc.Status whose details pack `event_store.client.WrongExpectedVersion`. */
const wrongExpectedVersionStatus = (
  outcome: Extract<AppendOutcome, { ok: false }>,
): statusPb.Status => {
  const wev = new sharedPb.WrongExpectedVersion();
  fillWrongExpectedVersion(outcome, {
    current: (revision) => wev.setCurrentStreamRevision(revision),
    currentNoStream: () => wev.setCurrentNoStream(new emptyPb.Empty()),
    expected: (revision) => wev.setExpectedStreamPosition(revision),
    expectedNoStream: () => wev.setExpectedNoStream(new emptyPb.Empty()),
    expectedStreamExists: () => wev.setExpectedStreamExists(new emptyPb.Empty()),
    expectedAny: () => wev.setExpectedAny(new emptyPb.Empty()),
  });
  const details = new anyPb.Any();
  details.pack(wev.serializeBinary(), "event_store.client.WrongExpectedVersion");
  return new statusPb.Status()
    .setCode(FAILED_PRECONDITION)
    .setMessage("WrongExpectedVersion")
    .setDetails(details);
};

const toBatchAppendResp = (
  streamName: string,
  outcome: AppendOutcome,
): streamsPb.BatchAppendResp => {
  const resp = new streamsPb.BatchAppendResp().setStreamIdentifier(streamIdentifier(streamName));
  if (!outcome.ok) return resp.setError(wrongExpectedVersionStatus(outcome));
  const success = new streamsPb.BatchAppendResp.Success();
  if (outcome.currentRevision === undefined) success.setNoStream(new emptyPb.Empty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position === undefined) success.setNoPosition(new emptyPb.Empty());
  else {
    const position = outcome.position.toString();
    success.setPosition(
      new sharedPb.AllStreamPosition().setCommitPosition(position).setPreparePosition(position),
    );
  }
  return resp.setSuccess(success);
};

interface PendingBatch {
  readonly options: streamsPb.BatchAppendReq.Options;
  readonly proposed: Array<ProposedRecord>;
}

export const batchAppendHandler =
  (
    log: EsdbLog,
  ): grpc.handleBidiStreamingCall<streamsPb.BatchAppendReq, streamsPb.BatchAppendResp> =>
  (call) => {
    const pending = new Map<string, PendingBatch>();
    call.on("data", (req: streamsPb.BatchAppendReq) => {
      const correlationId = uuidString(req.getCorrelationId());
      const options = req.getOptions();
      const batch =
        pending.get(correlationId) ??
        (options === undefined ? undefined : { options, proposed: [] });
      if (batch === undefined) return;
      batch.proposed.push(...req.getProposedMessagesList().map(toProposed));
      pending.set(correlationId, batch);
      if (!req.getIsFinal()) return;
      pending.delete(correlationId);
      const streamName = streamNameOf(batch.options.getStreamIdentifier());
      const resp = toBatchAppendResp(
        streamName,
        log.append(
          streamName,
          expectedRevisionOf(batch.options.getExpectedStreamPositionCase(), () =>
            batch.options.getStreamPosition(),
          ),
          batch.proposed,
        ),
      );
      call.write(resp.setCorrelationId(req.getCorrelationId()));
    });
    call.on("end", () => call.end());
  };
