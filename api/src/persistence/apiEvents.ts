/**
 * The API's own stored events (saved scenarios and comparisons), kept apart from domain events in streams
 * `scenario-<id>` and `comparison-<id>` so history projections (reading `sag-`) never see them (ADR 0070).
 */
import { schemaCodec } from "@sagsflow/eventstore";
import { Schema } from "effect";

export const SCENARIO_STREAM_PREFIX = "scenario-";
export const COMPARISON_STREAM_PREFIX = "comparison-";
export const scenarioStreamId = (id: string): string => `${SCENARIO_STREAM_PREFIX}${id}`;
export const comparisonStreamId = (id: string): string => `${COMPARISON_STREAM_PREFIX}${id}`;

/** A saved variant: the YAML text as the user wrote it; `version` counts saves of this id from 1. */
export const ScenarioSaved = Schema.TaggedStruct("ScenarioSaved", {
  scenarioId: Schema.String,
  version: Schema.Number,
  yaml: Schema.String,
  name: Schema.String,
  family: Schema.NullOr(Schema.String),
  question: Schema.NullOr(Schema.String),
  extends: Schema.NullOr(Schema.String),
  savedAt: Schema.String,
});
export type ScenarioSaved = typeof ScenarioSaved.Type;

/** One scenario of a run: an id (library or saved) and parameter overrides by dotted path (counterfactuals). */
export const RunScenario = Schema.Struct({
  scenario: Schema.String,
  label: Schema.String,
  overrides: Schema.Record(Schema.String, Schema.Unknown),
});
export type RunScenario = typeof RunScenario.Type;

export const ComparisonKind = Schema.Literals(["comparison", "sensitivity", "counterfactual"]);
export type ComparisonKind = typeof ComparisonKind.Type;

/** Everything needed to run the comparison again with the same result (scenario versions and seed included). */
export const ComparisonRequested = Schema.TaggedStruct("ComparisonRequested", {
  comparisonId: Schema.String,
  kind: ComparisonKind,
  baseline: RunScenario,
  variants: Schema.Array(RunScenario),
  /** Saved scenarios' versions at request time; library scenarios are absent. */
  scenarioVersions: Schema.Record(Schema.String, Schema.Number),
  seed: Schema.Number,
  replications: Schema.Number,
  cases: Schema.NullOr(Schema.Number),
  /** The request as decoded, echoed in results. */
  parameters: Schema.Unknown,
  requestedAt: Schema.String,
});
export type ComparisonRequested = typeof ComparisonRequested.Type;

export const ComparisonCompleted = Schema.TaggedStruct("ComparisonCompleted", {
  comparisonId: Schema.String,
  /** The CompareReport plus per-replication raw KPI values (see docs/api.md). */
  result: Schema.Unknown,
  completedAt: Schema.String,
});

export const ComparisonFailed = Schema.TaggedStruct("ComparisonFailed", {
  comparisonId: Schema.String,
  reason: Schema.String,
  failedAt: Schema.String,
});

export const ComparisonCancelled = Schema.TaggedStruct("ComparisonCancelled", {
  comparisonId: Schema.String,
  cancelledAt: Schema.String,
});

/** Written on start-up for a comparison that was running when the server stopped. */
export const ComparisonInterrupted = Schema.TaggedStruct("ComparisonInterrupted", {
  comparisonId: Schema.String,
  interruptedAt: Schema.String,
});

export const ApiEvent = Schema.Union([
  ScenarioSaved,
  ComparisonRequested,
  ComparisonCompleted,
  ComparisonFailed,
  ComparisonCancelled,
  ComparisonInterrupted,
]);
export type ApiEvent = typeof ApiEvent.Type;

export const apiEventCodec = schemaCodec(ApiEvent);
