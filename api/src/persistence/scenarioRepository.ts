/**
 * Saved scenarios in the event store (`scenario-<id>`, one ScenarioSaved per version) with an in-memory projection
 * loaded once at start, so reads never touch the store. Appends use the stream version for optimistic concurrency.
 */
import type { AppendError, EventStore, ReadError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import {
  type ApiEvent,
  SCENARIO_STREAM_PREFIX,
  type ScenarioSaved,
  scenarioStreamId,
} from "./apiEvents";

export interface ScenarioRepository {
  /** Latest version of every saved scenario, by id. */
  readonly list: () => ReadonlyArray<ScenarioSaved>;
  readonly latest: (id: string) => ScenarioSaved | undefined;
  /** A given version, for re-running a comparison exactly as it was requested. */
  readonly atVersion: (id: string, version: number) => ScenarioSaved | undefined;
  /** Appends `saved` expecting the stream at `saved.version - 1` (0 = new stream). */
  readonly save: (saved: ScenarioSaved) => Effect.Effect<ScenarioSaved, AppendError>;
}

export const loadScenarioRepository = (
  store: EventStore<ApiEvent>,
): Effect.Effect<ScenarioRepository, ReadError> =>
  Effect.map(store.readAll({ streamPrefix: SCENARIO_STREAM_PREFIX }), (recorded) => {
    const versions = new Map<string, ScenarioSaved[]>();
    const add = (s: ScenarioSaved) => {
      const list = versions.get(s.scenarioId) ?? [];
      list.push(s);
      versions.set(s.scenarioId, list);
    };
    for (const r of recorded) if (r.event._tag === "ScenarioSaved") add(r.event);
    const latest = (id: string) => versions.get(id)?.at(-1);
    return {
      list: () => [...versions.keys()].sort().flatMap((id) => latest(id) ?? []),
      latest,
      atVersion: (id, version) => versions.get(id)?.find((s) => s.version === version),
      save: (saved) =>
        Effect.as(
          Effect.tap(
            store.append(scenarioStreamId(saved.scenarioId), [saved], {
              expectedVersion: saved.version === 1 ? "noStream" : saved.version - 1,
            }),
            () => Effect.sync(() => add(saved)),
          ),
          saved,
        ),
    };
  });
