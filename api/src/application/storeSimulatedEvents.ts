/**
 * Appends a simulated replication's streams to the store configured by the environment (SAGSFLOW_STORE, SAGSFLOW_DB,
 * EVENTSTOREDB_URL) in one batch. Event ids derive from stream and version, so storing the same run twice is harmless.
 */
import { createHash } from "node:crypto";
import type { DomainEvent } from "@sagsflow/domain";
import {
  DEFAULT_EVENTSTOREDB_URL,
  DEFAULT_SQLITE_PATH,
  domainEventCodec,
  makeEventStoreFromEnv,
} from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { OptionInvalid, StoreUnavailable } from "./applicationErrors";
import type { SimulatedLog } from "./simulatedEvents";

export interface StoredRun {
  readonly runId: string;
  /** e.g. `sqlite ./data/sagsflow.db` or `eventstoredb esdb://localhost:2113?tls=false`. */
  readonly store: string;
  readonly streams: number;
  readonly events: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Names the store and where it is, for messages; EventStoreDB URLs lose their password. */
export const storeLabel = (env: Env): string => {
  const kind = env.SAGSFLOW_STORE ?? "sqlite";
  if (kind === "sqlite") return `sqlite ${env.SAGSFLOW_DB || DEFAULT_SQLITE_PATH}`;
  if (kind === "eventstoredb") {
    const url = env.EVENTSTOREDB_URL || DEFAULT_EVENTSTOREDB_URL;
    return `eventstoredb ${url.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, "$1:***@")}`;
  }
  return kind;
};

/** A UUID-shaped id from a hash (EventStoreDB requires UUIDs): stable for the same stream and version. */
const eventId = (streamId: string, version: number): string => {
  const h = createHash("sha256").update(`${streamId}#${version}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const storeSimulatedEvents = (
  log: SimulatedLog,
  env: Env,
): Effect.Effect<StoredRun, StoreUnavailable | OptionInvalid> => {
  const store = storeLabel(env);
  const unavailable = (e: { readonly _tag: string; readonly message: string }) =>
    e._tag === "EventStoreConfigInvalid"
      ? new OptionInvalid({
          option: "SAGSFLOW_STORE",
          value: env.SAGSFLOW_STORE ?? "",
          reason: e.message,
        })
      : new StoreUnavailable({ store, reason: e.message });
  const appends = log.streams.map((s) => ({
    streamId: s.streamId,
    events: s.events,
    eventIds: s.events.map((_, i) => eventId(s.streamId, i + 1)),
    metadata: { runId: log.runId, scenario: log.scenario, seed: log.seed },
  }));
  return Effect.acquireUseRelease(
    Effect.mapError(
      makeEventStoreFromEnv<DomainEvent>(env, { codec: domainEventCodec }),
      unavailable,
    ),
    // Only an infrastructure failure means the store is unavailable; an encode failure or a version conflict on
    // fresh simulated streams is a defect of this program.
    (opened) =>
      Effect.catch(opened.appendBatch(appends), (e) =>
        e._tag === "EventStoreError" ? Effect.fail(unavailable(e)) : Effect.die(e),
      ),
    (opened) => Effect.ignore(opened.close()),
  ).pipe(
    Effect.map(() => ({
      runId: log.runId,
      store,
      streams: appends.length,
      events: appends.reduce((a, s) => a + s.events.length, 0),
    })),
  );
};
