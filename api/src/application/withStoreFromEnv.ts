/**
 * Opens the event store the environment names (SAGSFLOW_STORE, SAGSFLOW_DB, EVENTSTOREDB_URL) for one use and closes it
 * afterwards. Failures name the store: misconfiguration is `OptionInvalid` (exit 2), an unavailable or failing store
 * `StoreUnavailable` (exit 3). Shared by `run --store` and the history commands.
 */
import type { DomainEvent } from "@sagsflow/domain";
import {
  DEFAULT_EVENTSTOREDB_URL,
  DEFAULT_SQLITE_PATH,
  domainEventCodec,
  type EventStore,
  type EventStoreError,
  makeEventStoreFromEnv,
  type StoreFromEnvError,
} from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { OptionInvalid, StoreUnavailable } from "./applicationErrors";

export type StoreEnv = Readonly<Record<string, string | undefined>>;

/** Names the store and where it is, for messages; EventStoreDB URLs lose their password. */
export const storeLabel = (env: StoreEnv): string => {
  const kind = env.SAGSFLOW_STORE ?? "sqlite";
  if (kind === "sqlite") return `sqlite ${env.SAGSFLOW_DB || DEFAULT_SQLITE_PATH}`;
  if (kind === "eventstoredb") {
    const url = env.EVENTSTOREDB_URL || DEFAULT_EVENTSTOREDB_URL;
    return `eventstoredb ${url.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, "$1:***@")}`;
  }
  return kind;
};

const openFailure = (env: StoreEnv, e: StoreFromEnvError): StoreUnavailable | OptionInvalid =>
  e._tag === "EventStoreConfigInvalid"
    ? new OptionInvalid({
        option: "SAGSFLOW_STORE",
        value: env.SAGSFLOW_STORE ?? "",
        reason: e.message,
      })
    : new StoreUnavailable({ store: storeLabel(env), reason: e.message });

const reasonOf = (defect: unknown): string =>
  defect instanceof Error ? defect.message : String(defect);

/** An infrastructure failure while in use also names the store; other failures pass unchanged. */
const useFailure = <E>(env: StoreEnv, e: E): Exclude<E, EventStoreError> | StoreUnavailable => {
  const f = e as { readonly _tag?: unknown; readonly message?: unknown };
  return f._tag === "EventStoreError"
    ? new StoreUnavailable({ store: storeLabel(env), reason: String(f.message) })
    : (e as Exclude<E, EventStoreError>);
};

/**
 * @example withStoreFromEnv(process.env, (store) => historyKpis(store, {}))
 */
export const withStoreFromEnv = <A, E>(
  env: StoreEnv,
  use: (store: EventStore<DomainEvent>) => Effect.Effect<A, E>,
): Effect.Effect<A, Exclude<E, EventStoreError> | StoreUnavailable | OptionInvalid> =>
  Effect.acquireUseRelease(
    makeEventStoreFromEnv<DomainEvent>(env, { codec: domainEventCodec }).pipe(
      Effect.mapError((e) => openFailure(env, e)),
      // An adapter that throws while opening (e.g. SAGSFLOW_DB names a folder: EISDIR) still means unavailable.
      Effect.catchDefect((defect) =>
        Effect.fail(new StoreUnavailable({ store: storeLabel(env), reason: reasonOf(defect) })),
      ),
    ),
    (store) => Effect.mapError(use(store), (e) => useFailure(env, e)),
    (store) => Effect.ignore(store.close()),
  );
