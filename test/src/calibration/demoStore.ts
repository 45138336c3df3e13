/** The demo history (seed 1) imported once into a memory store, shared by the history II integration tests. */
import type { DomainEvent } from "@sagsflow/domain";
import { domainEventCodec, type EventStore, makeMemoryEventStore } from "@sagsflow/eventstore";
import { Effect } from "effect";
import { ensureDemoHistory } from "../../../api/src/history/ensureDemoHistory";

let demo: Promise<EventStore<DomainEvent>> | undefined;

export const demoStore = (): Promise<EventStore<DomainEvent>> => {
  demo ??= (async () => {
    const store = makeMemoryEventStore<DomainEvent>({
      codec: domainEventCodec,
      clock: () => "2025-01-06T08:00:00.000Z",
    });
    await Effect.runPromise(ensureDemoHistory(store));
    return store;
  })();
  return demo;
};
