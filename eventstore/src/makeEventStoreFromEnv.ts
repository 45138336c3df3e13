/** Chooses and opens the store from the environment: SAGSFLOW_STORE=memory|sqlite|eventstoredb, SAGSFLOW_DB, EVENTSTOREDB_URL. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type Context, Effect, Layer } from "effect";
import { EventStoreConfigInvalid, type EventStoreError, toEventStoreError } from "./errors";
import type { EventStore } from "./eventStore";
import type { EventStoreUnavailable } from "./eventstoredb/eventStoreUnavailable";
import { makeMemoryEventStore } from "./memory/memoryEventStore";
import { openSqliteEventStore } from "./sqlite/sqliteEventStore";
import type { StoreEnvironment } from "./typedEventStore";

export const DEFAULT_SQLITE_PATH = "./data/sagsflow.db";
export const DEFAULT_EVENTSTOREDB_URL = "esdb://localhost:2113?tls=false";

export type StoreFromEnvError = EventStoreError | EventStoreConfigInvalid | EventStoreUnavailable;

interface EventStoreDbModule {
  readonly makeEventStoreDbStore: <E>(
    options: StoreEnvironment<E> & { readonly url: string },
  ) => Effect.Effect<EventStore<E>, EventStoreConfigInvalid | EventStoreUnavailable>;
}

// A variable specifier keeps bundlers and the type checker from requiring the module to exist.
const ESDB_MODULE = "./eventstoredb/index";

const openEventStoreDb = <E>(url: string, environment: StoreEnvironment<E>) =>
  Effect.flatMap(
    Effect.tryPromise({
      try: () => import(/* @vite-ignore */ ESDB_MODULE) as Promise<EventStoreDbModule>,
      catch: (cause) =>
        new EventStoreConfigInvalid({
          variable: "SAGSFLOW_STORE",
          value: "eventstoredb",
          reason: `the EventStoreDB adapter could not be loaded (${cause instanceof Error ? cause.message : String(cause)})`,
        }),
    }),
    (module) => module.makeEventStoreDbStore({ ...environment, url }),
  );

const openSqliteAt = <E>(path: string, environment: StoreEnvironment<E>) =>
  Effect.flatMap(
    Effect.try({
      try: () => mkdirSync(dirname(path), { recursive: true }),
      catch: (cause) => toEventStoreError(`cannot create the folder of SAGSFLOW_DB=${path}`, cause),
    }),
    () => openSqliteEventStore(path, environment),
  );

/**
 * @example
 * const store = yield* makeEventStoreFromEnv(process.env, { codec: domainEventCodec })
 */
export const makeEventStoreFromEnv = <E>(
  env: Readonly<Record<string, string | undefined>>,
  environment: StoreEnvironment<E>,
): Effect.Effect<EventStore<E>, StoreFromEnvError> => {
  const kind = env.SAGSFLOW_STORE ?? "sqlite";
  switch (kind) {
    case "memory":
      return Effect.sync(() => makeMemoryEventStore(environment));
    case "sqlite":
      return openSqliteAt(env.SAGSFLOW_DB || DEFAULT_SQLITE_PATH, environment);
    case "eventstoredb":
      return openEventStoreDb(env.EVENTSTOREDB_URL || DEFAULT_EVENTSTOREDB_URL, environment);
    default:
      return Effect.fail(
        new EventStoreConfigInvalid({
          variable: "SAGSFLOW_STORE",
          value: kind,
          reason: "expected one of memory, sqlite, eventstoredb",
        }),
      );
  }
};

/** A layer that opens the configured store and closes it when the layer's scope ends. */
export const eventStoreLayerFromEnv = <E>(
  service: Context.Service<EventStore<E>, EventStore<E>>,
  env: Readonly<Record<string, string | undefined>>,
  environment: StoreEnvironment<E>,
): Layer.Layer<EventStore<E>, StoreFromEnvError> =>
  Layer.effect(service)(
    Effect.acquireRelease(makeEventStoreFromEnv(env, environment), (store) =>
      Effect.ignore(store.close()),
    ),
  );
