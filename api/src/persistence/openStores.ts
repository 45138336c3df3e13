/**
 * Opens the configured store once and gives two typed views over it: API events (scenario-, comparison- streams)
 * and domain events (sag-, rekruttering- streams for history). SQLite and memory share one record store.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import {
  DEFAULT_SQLITE_PATH,
  domainEventCodec,
  type EventStore,
  type EventStoreError,
  makeEventStoreFromEnv,
  makeMemoryRecordStore,
  openSqliteRecordStore,
  type RecordStore,
  type StoreFromEnvError,
  toEventStoreError,
  typedEventStore,
} from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { type ApiEvent, apiEventCodec } from "./apiEvents";

export interface Stores {
  readonly api: EventStore<ApiEvent>;
  readonly domain: EventStore<DomainEvent>;
  readonly close: () => Effect.Effect<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

const overRecords = (records: RecordStore, clock: () => string): Stores => ({
  api: typedEventStore(records, { codec: apiEventCodec, clock }),
  domain: typedEventStore(records, { codec: domainEventCodec, clock }),
  close: () => Effect.ignore(records.close()),
});

const openSqlite = (path: string): Effect.Effect<RecordStore, EventStoreError> =>
  Effect.flatMap(
    Effect.try({
      try: () => mkdirSync(dirname(path), { recursive: true }),
      catch: (cause) => toEventStoreError(`cannot create the folder of SAGSFLOW_DB=${path}`, cause),
    }),
    () => openSqliteRecordStore(path),
  );

/** `clock` stamps `recordedAt`; inject a fixed one in tests. */
export const openStores = (
  env: Env,
  clock: () => string,
): Effect.Effect<Stores, StoreFromEnvError> => {
  const kind = env.SAGSFLOW_STORE ?? "sqlite";
  if (kind === "memory") return Effect.succeed(overRecords(makeMemoryRecordStore(), clock));
  if (kind === "sqlite")
    return Effect.map(openSqlite(env.SAGSFLOW_DB || DEFAULT_SQLITE_PATH), (r) =>
      overRecords(r, clock),
    );
  // EventStoreDB (or a misconfigured kind, reported by makeEventStoreFromEnv): two clients on one server.
  return Effect.gen(function* () {
    const api = yield* makeEventStoreFromEnv(env, { codec: apiEventCodec, clock });
    const domain = yield* makeEventStoreFromEnv(env, { codec: domainEventCodec, clock });
    return { api, domain, close: () => Effect.ignore(Effect.andThen(api.close(), domain.close())) };
  });
};
