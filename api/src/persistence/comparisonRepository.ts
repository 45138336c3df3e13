/**
 * Comparisons in the event store (`comparison-<id>`): requested, then completed, failed, cancelled or interrupted.
 * An in-memory projection serves reads; `interruptUnfinished` marks runs a crash or restart cut short.
 */
import type { AppendError, EventStore, ReadError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import {
  type ApiEvent,
  COMPARISON_STREAM_PREFIX,
  type ComparisonRequested,
  comparisonStreamId,
} from "./apiEvents";

export type ComparisonStatus = "running" | "completed" | "failed" | "cancelled" | "interrupted";

export interface ComparisonRecord {
  readonly request: ComparisonRequested;
  readonly status: ComparisonStatus;
  readonly result: unknown;
  readonly reason: string | null;
  readonly finishedAt: string | null;
}

type Outcome = Exclude<ApiEvent, { _tag: "ScenarioSaved" | "ComparisonRequested" }>;

export interface ComparisonRepository {
  readonly list: () => ReadonlyArray<ComparisonRecord>;
  readonly get: (id: string) => ComparisonRecord | undefined;
  readonly request: (r: ComparisonRequested) => Effect.Effect<void, AppendError>;
  /** Appends the outcome; the stream must hold only the request (version 1), so a run ends exactly once. */
  readonly finish: (outcome: Outcome) => Effect.Effect<void, AppendError>;
  /** Marks running runs interrupted, except those `keep` takes up again (reattached to the Redis queue). */
  readonly interruptUnfinished: (
    at: string,
    keep?: (record: ComparisonRecord) => boolean,
  ) => Effect.Effect<ReadonlyArray<string>, AppendError>;
}

const applyOutcome = (record: ComparisonRecord, e: Outcome): ComparisonRecord => {
  switch (e._tag) {
    case "ComparisonCompleted":
      return { ...record, status: "completed", result: e.result, finishedAt: e.completedAt };
    case "ComparisonFailed":
      return { ...record, status: "failed", reason: e.reason, finishedAt: e.failedAt };
    case "ComparisonCancelled":
      return { ...record, status: "cancelled", finishedAt: e.cancelledAt };
    case "ComparisonInterrupted":
      return { ...record, status: "interrupted", finishedAt: e.interruptedAt };
  }
};

export const loadComparisonRepository = (
  store: EventStore<ApiEvent>,
): Effect.Effect<ComparisonRepository, ReadError> =>
  Effect.map(store.readAll({ streamPrefix: COMPARISON_STREAM_PREFIX }), (recorded) => {
    const records = new Map<string, ComparisonRecord>();
    const apply = (e: ApiEvent) => {
      if (e._tag === "ScenarioSaved") return;
      if (e._tag === "ComparisonRequested") {
        records.set(e.comparisonId, {
          request: e,
          status: "running",
          result: null,
          reason: null,
          finishedAt: null,
        });
        return;
      }
      const current = records.get(e.comparisonId);
      if (current !== undefined) records.set(e.comparisonId, applyOutcome(current, e));
    };
    for (const r of recorded) apply(r.event);
    const finish = (outcome: Outcome) =>
      Effect.tap(
        store.append(comparisonStreamId(outcome.comparisonId), [outcome], { expectedVersion: 1 }),
        () => Effect.sync(() => apply(outcome)),
      );
    return {
      list: () => [...records.values()],
      get: (id) => records.get(id),
      request: (r) =>
        Effect.tap(
          store.append(comparisonStreamId(r.comparisonId), [r], { expectedVersion: "noStream" }),
          () => Effect.sync(() => apply(r)),
        ),
      finish: (outcome) => Effect.asVoid(finish(outcome)),
      interruptUnfinished: (at, keep = () => false) => {
        const ids = [...records.values()]
          .filter((r) => r.status === "running" && !keep(r))
          .map((r) => r.request.comparisonId);
        return Effect.as(
          Effect.forEach(ids, (comparisonId) =>
            finish({ _tag: "ComparisonInterrupted", comparisonId, interruptedAt: at }),
          ),
          ids,
        );
      },
    };
  });
