/**
 * A finite `$all` read with a server-side stream-prefix filter. The protocol has it (ReadReq filter with a
 * count), but client 6.x's `readAll` always sends "no filter", so the request is built here.
 */
import { type EventStoreDBClient, type ResolvedEvent, START } from "@eventstore/db-client";
import sharedPb from "@eventstore/db-client/generated/shared_pb.js";
import streamsGrpc from "@eventstore/db-client/generated/streams_grpc_pb.js";
import streamsPb from "@eventstore/db-client/generated/streams_pb.js";
import utils from "@eventstore/db-client/dist/utils/convertGrpcEvent.js";
import type { logPosition } from "./esdbRecordMapping";

type StreamsClient = InstanceType<typeof streamsGrpc.StreamsClient>;

/**
 * The two protected members of the client this module uses (stable across 6.x, pinned by the lockfile):
 * the channel-aware stream factory, which also reconnects after UNAVAILABLE, and the call metadata.
 */
interface ClientInternals {
  readonly GRPCStreamCreator: (
    client: typeof streamsGrpc.StreamsClient,
    debugName: string,
    creator: (grpc: StreamsClient) => AsyncIterable<streamsPb.ReadResp>,
  ) => () => Promise<AsyncIterable<streamsPb.ReadResp>>;
  readonly callArguments: (
    base: object,
    callOptions?: object,
  ) => Parameters<StreamsClient["read"]> extends [unknown, ...infer R] ? R : never;
}

const filteredRequest = (
  from: typeof START | ReturnType<typeof logPosition>,
  streamPrefix: string,
  maxCount: number,
): streamsPb.ReadReq => {
  const Options = streamsPb.ReadReq.Options;
  const all = new Options.AllOptions();
  if (from === START) all.setStart(new sharedPb.Empty());
  else
    all.setPosition(
      new Options.Position()
        .setCommitPosition(from.commit.toString())
        .setPreparePosition(from.prepare.toString()),
    );
  const expression = new Options.FilterOptions.Expression().setPrefixList([streamPrefix]);
  const filter = new Options.FilterOptions()
    .setStreamIdentifier(expression)
    .setCount(new sharedPb.Empty())
    .setCheckpointintervalmultiplier(1);
  const options = new Options()
    .setAll(all)
    .setReadDirection(Options.ReadDirection.FORWARDS)
    .setResolveLinks(false)
    .setCount(String(maxCount))
    .setUuidOption(new Options.UUIDOption().setString(new sharedPb.Empty()))
    .setFilter(filter);
  return new streamsPb.ReadReq().setOptions(options);
};

/** Up to `maxCount` events of streams starting with `streamPrefix`, from `from` (inclusive), in `$all` order. */
export const readAllFiltered = async (
  client: EventStoreDBClient,
  from: typeof START | ReturnType<typeof logPosition>,
  streamPrefix: string,
  maxCount: number,
): Promise<Array<ResolvedEvent>> => {
  const internals = client as unknown as ClientInternals;
  const request = filteredRequest(from, streamPrefix, maxCount);
  const open = internals.GRPCStreamCreator(streamsGrpc.StreamsClient, "readAllFiltered", (grpc) =>
    grpc.read(request, ...internals.callArguments({}, { deadline: Number.POSITIVE_INFINITY })),
  );
  const out: Array<ResolvedEvent> = [];
  for await (const response of await open()) {
    const event = response.getEvent();
    if (event !== undefined) out.push(utils.convertGrpcEvent(event));
  }
  return out;
};
