/** Factory for the EventStoreDB/KurrentDB adapter: parse the URL, check the server answers, build the port. */
import { EventStoreDBClient } from "@eventstore/db-client";
import { Effect } from "effect";
import { EventStoreConfigInvalid } from "../errors";
import type { EventStore } from "../eventStore";
import { type StoreEnvironment, typedEventStore } from "../typedEventStore";
import { assertReachable, defaultConnectTimeoutMs } from "./assertReachable";
import { makeEsdbRecordStore } from "./esdbRecordStore";
import { defaultRetryPolicy, type RetryPolicy } from "./esdbRetry";
import { esdbSubscription } from "./esdbSubscription";
import { EventStoreUnavailable, redactUrl } from "./eventStoreUnavailable";

export interface EventStoreDbStoreOptions<E> extends StoreEnvironment<E> {
  /**
   * Connection string: `esdb://host:2113?tls=false` (single node), `esdb://a:2113,b:2113,c:2113` (cluster
   * seeds), `esdb+discover://cluster.dns:2113` (DNS discovery); TLS options such as `tlsCAFile=` go in the query.
   */
  readonly url: string;
  /** Fail with EventStoreUnavailable when the server does not answer within this time. Default 5000 ms. */
  readonly connectTimeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** `$all` page size for prefix-filtered reads. Default 1000. */
  readonly pageSize?: number;
}

const connect = (url: string): Effect.Effect<EventStoreDBClient, EventStoreConfigInvalid> =>
  Effect.try({
    try: () => EventStoreDBClient.connectionString(url),
    catch: (error) =>
      new EventStoreConfigInvalid({
        variable: "EVENTSTOREDB_URL",
        value: redactUrl(url),
        reason: error instanceof Error ? error.message : String(error),
      }),
  });

/**
 * Connects, checks the server answers within `connectTimeoutMs`, and returns the EventStore port.
 * @example
 * const store = yield* makeEventStoreDbStore({ url: "esdb://127.0.0.1:2113?tls=false", codec: domainEventCodec })
 */
export const makeEventStoreDbStore = <E>(
  options: EventStoreDbStoreOptions<E>,
): Effect.Effect<EventStore<E>, EventStoreUnavailable | EventStoreConfigInvalid> =>
  Effect.gen(function* () {
    const client = yield* connect(options.url);
    const timeoutMs = options.connectTimeoutMs ?? defaultConnectTimeoutMs;
    yield* Effect.tryPromise({
      try: () => assertReachable(client, options.url, timeoutMs),
      catch: (error) =>
        error instanceof EventStoreUnavailable
          ? error
          : new EventStoreUnavailable({ url: redactUrl(options.url), reason: String(error) }),
    }).pipe(Effect.tapError(() => Effect.promise(() => client.dispose())));
    const retry = options.retry ?? defaultRetryPolicy;
    const records = makeEsdbRecordStore({
      client,
      retry,
      pageSize: Math.max(options.pageSize ?? 1_000, 2),
    });
    const store = typedEventStore(records, options);
    return {
      ...store,
      subscribe: (subscribeOptions = {}) =>
        esdbSubscription(client, options.codec, retry, subscribeOptions),
    };
  });
