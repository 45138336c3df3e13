/**
 * TEST DOUBLE: not an EventStoreDB server. Starts an in-process gRPC server on 127.0.0.1 that speaks
 * the part of the EventStoreDB/KurrentDB protocol `@eventstore/db-client` uses for our adapter.
 */
import * as grpc from "@grpc/grpc-js";
import serverFeaturesGrpc from "@eventstore/db-client/generated/serverfeatures_grpc_pb.js";
import serverFeaturesPb from "@eventstore/db-client/generated/serverfeatures_pb.js";
import streamsGrpc from "@eventstore/db-client/generated/streams_grpc_pb.js";
import { appendHandler } from "./appendHandler";
import { batchAppendHandler } from "./batchAppendHandler";
import { EsdbLog } from "./esdbLog";
import { readHandler } from "./readHandler";

export interface EsdbTestDoubleOptions {
  /** Advertise `Streams/BatchAppend` (server 21.10+); when false the client falls back to `Streams/Append`. */
  readonly batchAppend?: boolean;
  /** Answer `ServerFeatures` (server 21.10+); when false it is UNIMPLEMENTED, like a 20.x server. */
  readonly serverFeatures?: boolean;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Clock for the `created` stamp of records; tests may fix it. */
  readonly now?: () => number;
}

export interface EsdbTestDouble {
  /** Connection string for the client, e.g. `esdb://127.0.0.1:45123?tls=false`. */
  readonly url: string;
  readonly port: number;
  readonly log: EsdbLog;
  /** The next `count` Streams calls fail with gRPC UNAVAILABLE, as during a leader election or restart. */
  failNextCalls(count: number): void;
  /** Streams calls received per method (`read`, `append`, `batchAppend`), including failed ones. */
  callCounts(): Readonly<Record<string, number>>;
  stop(): Promise<void>;
}

const UNAVAILABLE: grpc.ServiceError = Object.assign(
  new Error("Server is unavailable (test double fault)"),
  {
    code: grpc.status.UNAVAILABLE,
    details: "Server is unavailable (test double fault)",
    metadata: new grpc.Metadata(),
  },
);

const supportedMethods = (batchAppend: boolean): serverFeaturesPb.SupportedMethods => {
  const names = batchAppend ? ["read", "append", "batchappend"] : ["read", "append"];
  const methods = names.map((name) =>
    new serverFeaturesPb.SupportedMethod()
      .setServiceName("event_store.client.streams.streams")
      .setMethodName(name),
  );
  return new serverFeaturesPb.SupportedMethods()
    .setMethodsList(methods)
    .setEventStoreServerVersion("0.0.0-test-double");
};

export const startEsdbTestDouble = async (
  options: EsdbTestDoubleOptions = {},
): Promise<EsdbTestDouble> => {
  const log = new EsdbLog(options.now ?? Date.now);
  const server = new grpc.Server();
  let failures = 0;
  const calls: Record<string, number> = {};
  const shouldFail = (method: string): boolean => {
    calls[method] = (calls[method] ?? 0) + 1;
    if (failures === 0) return false;
    failures -= 1;
    return true;
  };
  const read = readHandler(log);
  const append = appendHandler(log);
  const batchAppend = batchAppendHandler(log);
  server.addService(streamsGrpc.StreamsService, {
    read: (call: Parameters<typeof read>[0]) =>
      shouldFail("read") ? call.emit("error", UNAVAILABLE) : read(call),
    append: (call: Parameters<typeof append>[0], callback: Parameters<typeof append>[1]) =>
      shouldFail("append") ? callback(UNAVAILABLE) : append(call, callback),
    batchAppend: (call: Parameters<typeof batchAppend>[0]) =>
      shouldFail("batchAppend") ? call.emit("error", UNAVAILABLE) : batchAppend(call),
  });
  if (options.serverFeatures !== false) {
    server.addService(serverFeaturesGrpc.ServerFeaturesService, {
      getSupportedMethods: (
        _call: unknown,
        callback: grpc.sendUnaryData<serverFeaturesPb.SupportedMethods>,
      ) => callback(null, supportedMethods(options.batchAppend !== false)),
    });
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(
      `127.0.0.1:${options.port ?? 0}`,
      grpc.ServerCredentials.createInsecure(),
      (error, bound) => (error === null ? resolve(bound) : reject(error)),
    ),
  );
  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    port,
    log,
    failNextCalls: (count) => {
      failures = count;
    },
    callCounts: () => ({ ...calls }),
    // A client that never closed its streams must not hang the test run: force after a grace period.
    stop: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 1_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
};
