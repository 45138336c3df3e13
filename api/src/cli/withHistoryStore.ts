/** Opens the event store configured by the environment for one history command and closes it afterwards;
 *  failures name the store as `run --store` does: misconfiguration exit 2, unavailable or failing store exit 3. */
import type { DomainEvent } from "@sagsflow/domain";
import {
  domainEventCodec,
  type EventStore,
  makeEventStoreFromEnv,
  type StoreFromEnvError,
} from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { OptionInvalid, StoreUnavailable, storeLabel } from "../application";
import type { CliIo } from "./cliIo";

const openFailure = (env: CliIo["env"], e: StoreFromEnvError): StoreUnavailable | OptionInvalid =>
  e._tag === "EventStoreConfigInvalid"
    ? new OptionInvalid({
        option: "SAGSFLOW_STORE",
        value: env.SAGSFLOW_STORE ?? "",
        reason: e.message,
      })
    : new StoreUnavailable({ store: storeLabel(env), reason: e.message });

/** An infrastructure failure while in use also names the store (exit 3); other failures pass unchanged. */
const useFailure = <E>(env: CliIo["env"], e: E): E | StoreUnavailable => {
  const f = e as { readonly _tag?: unknown; readonly message?: unknown };
  return f._tag === "EventStoreError"
    ? new StoreUnavailable({ store: storeLabel(env), reason: String(f.message) })
    : e;
};

/**
 * @example withHistoryStore(io.env, (store) => historyKpis(store, {}))
 */
export const withHistoryStore = <A, E>(
  env: CliIo["env"],
  use: (store: EventStore<DomainEvent>) => Effect.Effect<A, E>,
): Effect.Effect<A, E | StoreUnavailable | OptionInvalid> =>
  Effect.acquireUseRelease(
    Effect.mapError(makeEventStoreFromEnv<DomainEvent>(env, { codec: domainEventCodec }), (e) =>
      openFailure(env, e),
    ),
    (store) => Effect.mapError(use(store), (e) => useFailure(env, e)),
    (store) => Effect.ignore(store.close()),
  );
