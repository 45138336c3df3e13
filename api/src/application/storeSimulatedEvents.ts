/**
 * Appends a simulated replication's streams to the store configured by the environment (SAGSFLOW_STORE, SAGSFLOW_DB,
 * EVENTSTOREDB_URL) in one batch. Event ids derive from stream and version, so storing the same run twice is harmless.
 */
import { createHash } from "node:crypto";
import { Effect } from "effect";
import type { OptionInvalid, StoreUnavailable } from "./applicationErrors";
import type { SimulatedLog } from "./simulatedEvents";
import { type StoreEnv, storeLabel, withStoreFromEnv } from "./withStoreFromEnv";

// Kept here too: the server imports the label from this module.
export { storeLabel };

export interface StoredRun {
  readonly runId: string;
  /** e.g. `sqlite ./data/sagsflow.db` or `eventstoredb esdb://localhost:2113?tls=false`. */
  readonly store: string;
  readonly streams: number;
  readonly events: number;
}

/** A UUID-shaped id from a hash (EventStoreDB requires UUIDs): stable for the same stream and version. */
const eventId = (streamId: string, version: number): string => {
  const h = createHash("sha256").update(`${streamId}#${version}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const storeSimulatedEvents = (
  log: SimulatedLog,
  env: StoreEnv,
): Effect.Effect<StoredRun, StoreUnavailable | OptionInvalid> => {
  const appends = log.streams.map((s) => ({
    streamId: s.streamId,
    events: s.events,
    eventIds: s.events.map((_, i) => eventId(s.streamId, i + 1)),
    metadata: { runId: log.runId, scenario: log.scenario, seed: log.seed },
  }));
  // Only an infrastructure failure means the store is unavailable; an encode failure or a version conflict on
  // fresh simulated streams is a defect of this program.
  return withStoreFromEnv(env, (opened) =>
    Effect.catch(opened.appendBatch(appends), (e) =>
      e._tag === "EventStoreError" ? Effect.fail(e) : Effect.die(e),
    ),
  ).pipe(
    Effect.map(() => ({
      runId: log.runId,
      store: storeLabel(env),
      streams: appends.length,
      events: appends.reduce((a, s) => a + s.events.length, 0),
    })),
  );
};
