/**
 * TEST DOUBLE: not an EventStoreDB server. `Streams/Append` (client streaming): an options header,
 * then proposed messages; answers Success or WrongExpectedVersion as the server's AppendResp does.
 */
import type * as grpc from "@grpc/grpc-js";
import sharedPb from "@eventstore/db-client/generated/shared_pb.js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import type { AppendOutcome, EsdbLog, ProposedRecord } from "./esdbLog";
import { expectedRevisionOf, fillWrongExpectedVersion, streamNameOf, toProposed } from "./wire";

const wrongExpectedVersion = (
  outcome: Extract<AppendOutcome, { ok: false }>,
): streamsPb.AppendResp.WrongExpectedVersion => {
  const wev = new streamsPb.AppendResp.WrongExpectedVersion();
  fillWrongExpectedVersion(outcome, {
    current: (revision) => wev.setCurrentRevision(revision),
    currentNoStream: () => wev.setCurrentNoStream(new sharedPb.Empty()),
    expected: (revision) => wev.setExpectedRevision(revision),
    expectedNoStream: () => wev.setExpectedNoStream(new sharedPb.Empty()),
    expectedStreamExists: () => wev.setExpectedStreamExists(new sharedPb.Empty()),
    expectedAny: () => wev.setExpectedAny(new sharedPb.Empty()),
  });
  return wev;
};

export const toAppendResp = (outcome: AppendOutcome): streamsPb.AppendResp => {
  if (!outcome.ok)
    return new streamsPb.AppendResp().setWrongExpectedVersion(wrongExpectedVersion(outcome));
  const success = new streamsPb.AppendResp.Success();
  if (outcome.currentRevision === undefined) success.setNoStream(new sharedPb.Empty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position === undefined) success.setNoPosition(new sharedPb.Empty());
  else {
    const position = outcome.position.toString();
    success.setPosition(
      new streamsPb.AppendResp.Position().setCommitPosition(position).setPreparePosition(position),
    );
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
      const header = options;
      if (header === undefined)
        return callback({ code: 3, details: "Append without options header" });
      const expected = expectedRevisionOf(header.getExpectedStreamRevisionCase(), () =>
        header.getRevision(),
      );
      callback(
        null,
        toAppendResp(log.append(streamNameOf(header.getStreamIdentifier()), expected, proposed)),
      );
    });
  };
