/**
 * The result JSON of a comparison: the CLI `compare --json` contract (schemaVersion 1) plus each scenario's label,
 * per-replication raw KPI values, and partial means while a run is going (docs/api.md "Comparison result").
 */
import {
  differenceKpis,
  type KpiId,
  kpiIds,
  type ReplicationKpis,
  summarizeKpis,
} from "@sagsflow/simulator/model";
import { REPORT_SCHEMA_VERSION } from "../application/runReport";
import type { ComparisonRequested } from "../persistence/apiEvents";

export type RawKpis = Readonly<Record<KpiId, number | null>>;

const raw = (r: ReplicationKpis): RawKpis =>
  Object.fromEntries(kpiIds.map((id) => [id, r[id].value])) as Record<KpiId, number | null>;

/** Replication results grouped per scenario (baseline first), each in replication order. */
export const comparisonReport = (
  request: ComparisonRequested,
  reps: ReadonlyArray<ReadonlyArray<ReplicationKpis>>,
) => {
  const base = reps[0] ?? [];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    baseline: {
      schemaVersion: REPORT_SCHEMA_VERSION,
      scenario: request.baseline.scenario,
      label: request.baseline.label,
      seed: request.seed,
      replications: base.length,
      cases: request.cases,
      kpis: summarizeKpis(base),
    },
    variants: request.variants.map((v, i) => {
      const mine = reps[i + 1] ?? [];
      return {
        scenario: v.scenario,
        label: v.label,
        kpis: summarizeKpis(mine),
        difference: differenceKpis(mine, base),
      };
    }),
    replicationValues: [request.baseline, ...request.variants].map((s, i) => ({
      label: s.label,
      values: (reps[i] ?? []).map(raw),
    })),
  };
};

/** Means of the finished replications per scenario label: small enough to send after every replication. */
export const partialMeans = (
  labels: ReadonlyArray<string>,
  finished: ReadonlyArray<ReadonlyArray<ReplicationKpis>>,
): Record<
  string,
  { readonly replications: number; readonly means: Record<string, number | null> }
> =>
  Object.fromEntries(
    labels.map((label, i) => {
      const reps = finished[i] ?? [];
      const summary = summarizeKpis(reps);
      return [
        label,
        {
          replications: reps.length,
          means: Object.fromEntries(kpiIds.map((id) => [id, summary[id].mean])),
        },
      ];
    }),
  );
