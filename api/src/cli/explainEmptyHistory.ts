/** Turns `HistoryEmpty` from a History II service into one Danish line that names the store and how to fill it. */
import { Effect } from "effect";
import { storeLabel, type StoreEnv } from "../application";
import { HistoryEmpty } from "../calibration";

const HINT =
  "indlæs sager med `sagsflow import <fil>`, eller prøv `sagsflow demo-history --out demo.csv` og importér den";

/** @example explainEmptyHistory(io.env, withStoreFromEnv(io.env, (s) => calibrateHistory(s))) */
export const explainEmptyHistory = <A, E>(
  env: StoreEnv,
  effect: Effect.Effect<A, E>,
): Effect.Effect<A, E | HistoryEmpty> =>
  Effect.mapError(effect, (e) =>
    e instanceof HistoryEmpty
      ? new HistoryEmpty({ reason: `${storeLabel(env)} har ${e.reason}; ${HINT}` })
      : e,
  );
