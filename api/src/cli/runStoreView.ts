/** A read view of one simulated run stored by `run --store --run-id ID`: its streams `sim-<ID>-sag-*` appear
 *  as history streams `sag-*`, so the history services (export, KPIs, timelines) read a run unchanged. */
import type { DomainEvent } from "@sagsflow/domain";
import { type EventStore, type RecordedEvent, simulationRunPrefix } from "@sagsflow/eventstore";
import { Effect } from "effect";

/**
 * Only reads are redirected; appends go to the underlying store unchanged (the view is for export).
 * @example exportHistory(runStoreView(store, "t1"), { format: "csv" })
 */
export const runStoreView = (
  store: EventStore<DomainEvent>,
  runId: string,
): EventStore<DomainEvent> => {
  const prefix = simulationRunPrefix(runId);
  const unprefix = (records: ReadonlyArray<RecordedEvent<DomainEvent>>) =>
    records.map((r) => ({ ...r, streamId: r.streamId.slice(prefix.length) }));
  return {
    ...store,
    readAll: (options = {}) =>
      Effect.map(
        store.readAll({ ...options, streamPrefix: prefix + (options.streamPrefix ?? "") }),
        unprefix,
      ),
    readStream: (streamId, options) =>
      Effect.map(store.readStream(prefix + streamId, options), unprefix),
  };
};
