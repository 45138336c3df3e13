/** The embedded default EventStore: SQLite file behind the codec. */
import { Effect } from "effect";
import type { EventStoreError } from "../errors";
import type { EventStore } from "../eventStore";
import { type StoreEnvironment, typedEventStore } from "../typedEventStore";
import { openSqliteRecordStore } from "./sqliteRecordStore";

/**
 * @example
 * const store = yield* openSqliteEventStore("./data/sagsflow.db", { codec: domainEventCodec })
 */
export const openSqliteEventStore = <E>(
  path: string,
  environment: StoreEnvironment<E>,
): Effect.Effect<EventStore<E>, EventStoreError> =>
  Effect.map(openSqliteRecordStore(path), (records) => typedEventStore(records, environment));
