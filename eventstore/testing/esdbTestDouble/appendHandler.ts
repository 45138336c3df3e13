/**
 * TEST DOUBLE: not an EventStoreDB server. `Streams/Append` (client streaming): an options header,
 * then proposed messages; answers Success or WrongExpectedVersion as the server's AppendResp does.
 */
import type * as grpc from "@grpc/grpc-js";
import sharedPb from "@eventstore/db-client/generated/shared_pb.js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import type { AppendOutcome, EsdbLog, ExpectedRevision, ProposedRecord } from "./esdbLog";
import { streamNameOf, toProposed } from "./wire";

const ExpectedCase = streamsPb.AppendReq.Options.ExpectedStreamRevisionCase;

const expectedOf = (options: streamsPb.AppendReq.Options): ExpectedRevision => {
  switch (options.getExpectedStreamRevisionCase()) {
    case ExpectedCase.REVISION:
      return { _tag: "Exact", revision: BigInt(options.getRevision()) };
    case ExpectedCase.NO_STREAM:
      return { _tag: "NoStream" };
    case ExpectedCase.STREAM_EXISTS:
      return { _tag: "StreamExists" };
    default:
      return { _tag: "Any" };
  }
};

const wrongExpectedVersion = (outcome: Extract<AppendOutcome, { ok: false }>): streamsPb.AppendResp.WrongExpectedVersion => {
  const wev = new streamsPb.AppendResp.WrongExpectedVersion();
  if (outcome.current === undefined) wev.setCurrentNoStream(new sharedPb.Empty());
  else wev.setCurrentRevision(outcome.current.toString());
  const expected = outcome.expected;
  if (expected._tag === "Exact") wev.setExpectedRevision(expected.revision.toString());
  else if (expected._tag === "NoStream") wev.setExpectedNoStream(new sharedPb.Empty());
  else if (expected._tag === "StreamExists") wev.setExpectedStreamExists(new sharedPb.Empty());
  else wev.setExpectedAny(new sharedPb.Empty());
  return wev;
};

export const toAppendResp = (outcome: AppendOutcome): streamsPb.AppendResp => {
  if (!outcome.ok) return new streamsPb.AppendResp().setWrongExpectedVersion(wrongExpectedVersion(outcome));
  const success = new streamsPb.AppendResp.Success();
  if (outcome.currentRevision === undefined) success.setNoStream(new sharedPb.Empty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position === undefined) success.setNoPosition(new sharedPb.Empty());
  else {
    const position = outcome.position.toString();
    success.setPosition(new streamsPb.AppendResp.Position().setCommitPosition(position).setPreparePosition(position));
  }
  return new streamsPb.AppendResp().setSuccess(success);
};

export const appendHandler =
  (log: EsdbLog): grpc.handleClientStreamingCall<streamsPb.AppendReq, streamsPb.AppendResp> =>
  (call, callback) => {
    let options: streamsPb.AppendReq.Options | undefined;
    const proposed: Array<ProposedRecord> = [];
    // A client killed mid-append must leave nothing behind, as the server's single-transaction append does.
    let cancelled = false;
    call.on("cancelled", () => {
      cancelled = true;
    });
    call.on("data", (req: streamsPb.AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      const message = req.getProposedMessage();
      if (message !== undefined) proposed.push(toProposed(message));
    });
    call.on("end", () => {
      if (cancelled) return;
      if (options === undefined) return callback({ code: 3, details: "Append without options header" });
      callback(null, toAppendResp(log.append(streamNameOf(options.getStreamIdentifier()), expectedOf(options), proposed)));
    });
  };
