/** The shared contract (core) for the EventStoreDB adapter over the in-process gRPC test double, one fresh double per store. */
import { Effect } from "effect";
import { startEsdbTestDouble } from "../../testing/esdbTestDouble";
import { eventStoreContract } from "../contract";
import { EventStoreError } from "../errors";
import { ESDB_LIMITS } from "./esdbLimits";
import { makeEventStoreDbStore } from "./makeEventStoreDbStore";

eventStoreContract(
  "eventstoredb (gRPC test double)",
  (environment) =>
    Effect.gen(function* () {
      const double = yield* Effect.promise(() => startEsdbTestDouble());
      const store = yield* makeEventStoreDbStore({ url: double.url, ...environment }).pipe(
        Effect.mapError((error) => new EventStoreError({ reason: error.message })),
      );
      const close = () =>
        Effect.ensuring(
          store.close(),
          Effect.promise(() => double.stop()),
        );
      return { ...store, close };
    }),
  {
    durable: false,
    reason:
      "the test double keeps its log in memory; durability runs against a real server (EVENTSTOREDB_URL)",
    limits: ESDB_LIMITS,
  },
);
