/** Opens the store from the environment for a History II service; `HistoryEmpty` becomes one Danish line that names
 *  the store and how to fill it (exit 2). */
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, EventStoreError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import {
  type OptionInvalid,
  type StoreEnv,
  type StoreUnavailable,
  storeLabel,
  withStoreFromEnv,
} from "../application";
import { HistoryEmpty } from "../calibration";

const HINT =
  "indlæs sager med `sagsflow import <fil>`, eller prøv `sagsflow demo-history --out demo.csv` og importér den";

/** @example withStoredHistory(io.env, (store) => calibrateHistory(store, {})) */
export const withStoredHistory = <A, E>(
  env: StoreEnv,
  use: (store: EventStore<DomainEvent>) => Effect.Effect<A, E>,
): Effect.Effect<A, Exclude<E, EventStoreError> | StoreUnavailable | OptionInvalid> =>
  Effect.mapError(withStoreFromEnv(env, use), (e) =>
    e instanceof HistoryEmpty
      ? (new HistoryEmpty({ reason: `${storeLabel(env)} har ${e.reason}; ${HINT}` }) as typeof e)
      : e,
  );
