/**
 * The HTTP API's response Schemas, in one module the dashboard imports and decodes with (instead of re-declaring the
 * types and casting). Browser-safe: imports only `effect` (a test checks it). The server's request Schemas and
 * /openapi.json use the same values (api/src/http/apiSchemas.ts, openApiDocument.ts).
 */
import { Schema } from "effect";

/** One KPI over replications (or a difference, paired by replication): null where undefined, never NaN. */
export const KpiSummary = Schema.Struct({
  mean: Schema.NullOr(Schema.Number),
  ci95: Schema.NullOr(Schema.Tuple([Schema.Number, Schema.Number])),
  unit: Schema.String,
  n: Schema.Number,
}).annotate({ identifier: "KpiSummary" });
export type KpiSummary = typeof KpiSummary.Type;

/** KPI id → summary (ids: `kpiCatalog` in @sagsflow/domain; a newer server may send ids an older client skips). */
export const KpiSummaries = Schema.Record(Schema.String, KpiSummary);
export type KpiSummaries = typeof KpiSummaries.Type;

/** The baseline of a comparison: the CLI `run --json` object plus its label. */
export const ScenarioRun = Schema.Struct({
  schemaVersion: Schema.Literal(1),
  scenario: Schema.String,
  label: Schema.optionalKey(Schema.String),
  seed: Schema.Number,
  replications: Schema.Number,
  cases: Schema.NullOr(Schema.Number),
  kpis: KpiSummaries,
}).annotate({ identifier: "ScenarioRun" });
export type ScenarioRun = typeof ScenarioRun.Type;

export const VariantRun = Schema.Struct({
  scenario: Schema.String,
  label: Schema.optionalKey(Schema.String),
  kpis: KpiSummaries,
  /** Variant minus baseline, paired by replication (common random numbers). */
  difference: KpiSummaries,
}).annotate({ identifier: "VariantRun" });
export type VariantRun = typeof VariantRun.Type;

/** Per scenario (baseline first) the raw KPI values of each replication, in replication order. */
export const ReplicationValues = Schema.Array(
  Schema.Struct({
    label: Schema.String,
    values: Schema.Array(Schema.Record(Schema.String, Schema.NullOr(Schema.Number))),
  }),
);

/** The `result` of a completed comparison: CLI `compare --json` (schemaVersion 1) with labels and raw values. */
export const ComparisonResult = Schema.Struct({
  schemaVersion: Schema.Literal(1),
  baseline: ScenarioRun,
  variants: Schema.Array(VariantRun),
  replicationValues: Schema.optionalKey(ReplicationValues),
}).annotate({ identifier: "ComparisonResult" });
export type ComparisonResult = typeof ComparisonResult.Type;

/** Server-sent events of a running run (`GET /api/comparisons/{id}/events`). */
export const RunEvent = Schema.Union([
  Schema.Struct({ type: Schema.Literal("progress"), done: Schema.Number, total: Schema.Number }),
  Schema.Struct({
    type: Schema.Literal("partial"),
    /** Scenario label → means of the replications finished so far. */
    kpis: Schema.Record(
      Schema.String,
      Schema.Struct({
        replications: Schema.Number,
        means: Schema.Record(Schema.String, Schema.NullOr(Schema.Number)),
      }),
    ),
  }),
  Schema.Struct({ type: Schema.Literal("done"), status: Schema.String }),
]).annotate({ identifier: "RunEvent" });
export type RunEvent = typeof RunEvent.Type;

export const ScenarioSummary = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  family: Schema.NullOr(Schema.String),
  question: Schema.NullOr(Schema.String),
  extends: Schema.NullOr(Schema.String),
  source: Schema.Literals(["library", "saved"]),
  version: Schema.Number,
}).annotate({ identifier: "ScenarioSummary" });
export type ScenarioSummary = typeof ScenarioSummary.Type;

export const ScenarioDetail = Schema.Struct({
  ...ScenarioSummary.fields,
  yaml: Schema.String,
}).annotate({
  identifier: "ScenarioDetail",
});
export type ScenarioDetail = typeof ScenarioDetail.Type;

export const ComparisonView = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literals(["comparison", "sensitivity", "counterfactual"]),
  status: Schema.Literals(["running", "completed", "failed", "cancelled", "interrupted"]),
  createdAt: Schema.String,
  finishedAt: Schema.NullOr(Schema.String),
  parameters: Schema.Unknown,
  scenarioVersions: Schema.Record(Schema.String, Schema.Number),
  progress: Schema.optionalKey(Schema.Struct({ done: Schema.Number, total: Schema.Number })),
  reason: Schema.optionalKey(Schema.String),
  result: Schema.optionalKey(Schema.Unknown).annotate({
    description:
      "kind comparison: ComparisonResult (decode it with that Schema); sensitivity and counterfactual: their reports",
  }),
}).annotate({ identifier: "Comparison" });
export type ComparisonView = typeof ComparisonView.Type;

export const ProblemDetails = Schema.Struct({
  type: Schema.String,
  title: Schema.String,
  status: Schema.Number,
  detail: Schema.String,
  field: Schema.optionalKey(Schema.String),
  value: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "Problem", description: "RFC 9457 application/problem+json" });
export type ProblemDetails = typeof ProblemDetails.Type;

export const Health = Schema.Struct({
  /** `degraded` (503) while the Redis queue does not answer. */
  status: Schema.Literals(["ok", "degraded"]),
  store: Schema.String,
  queue: Schema.Struct({
    running: Schema.Number,
    waiting: Schema.Number,
    concurrency: Schema.Number,
    maxWaiting: Schema.Number,
  }),
  /** Where replications run (docs/scale-out.md): here, or as jobs on Redis with its depth and workers. */
  replicationQueue: Schema.Struct({
    backend: Schema.Literals(["local", "redis"]),
    reachable: Schema.optionalKey(Schema.Boolean),
    waiting: Schema.optionalKey(Schema.Number),
    active: Schema.optionalKey(Schema.Number),
    workers: Schema.optionalKey(Schema.Number),
  }),
}).annotate({ identifier: "Health" });
