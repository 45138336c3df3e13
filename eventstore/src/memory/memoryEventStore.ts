/** The in-memory EventStore: a memory RecordStore behind the codec. */
import type { EventStore } from "../eventStore";
import { type StoreEnvironment, typedEventStore } from "../typedEventStore";
import { makeMemoryRecordStore } from "./memoryRecordStore";

/**
 * @example
 * const store = makeMemoryEventStore({ codec: domainEventCodec, clock: () => "2025-01-06T08:00:00.000Z" })
 */
export const makeMemoryEventStore = <E>(environment: StoreEnvironment<E>): EventStore<E> =>
  typedEventStore(makeMemoryRecordStore(), environment);
