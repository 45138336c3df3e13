/**
 * The one report builder: the `--json` contract of `run` and `compare` (docs/cli.md, schemaVersion 1), the HTTP
 * comparison result (the same plus each scenario's label and per-replication raw values, docs/api.md) and the
 * partial means sent while a run is going. Plain numbers, never NaN.
 */
import { type KpiId, kpiIds } from "@sagsflow/domain";
import {
  differenceKpis,
  type KpiSummaries,
  type ReplicationKpis,
  summarizeKpis,
} from "@sagsflow/simulator/model";

export const REPORT_SCHEMA_VERSION = 1 as const;

export interface RunReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** Scenario id (the file's `id`). */
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  /** The `--cases` cap on measured cases, or null for the scenario's own horizon. */
  readonly cases: number | null;
  readonly kpis: KpiSummaries;
}

export interface VariantReport {
  readonly scenario: string;
  readonly kpis: KpiSummaries;
  /** Variant minus baseline, paired by replication (common random numbers). */
  readonly difference: KpiSummaries;
}

export interface CompareReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly baseline: RunReport;
  readonly variants: ReadonlyArray<VariantReport>;
}

/** Display names of the scenarios in a report (human output only; JSON keeps ids). */
export type ScenarioNames = Readonly<Record<string, string>>;

export interface ReportOptions {
  readonly seed: number;
  readonly cases?: number | null | undefined;
}

/** The run object for one scenario's replications (also the `baseline` of a comparison). */
export const runReportOf = (
  scenario: string,
  options: ReportOptions,
  reps: ReadonlyArray<ReplicationKpis>,
): RunReport => ({
  schemaVersion: REPORT_SCHEMA_VERSION,
  scenario,
  seed: options.seed,
  replications: reps.length,
  cases: options.cases ?? null,
  kpis: summarizeKpis(reps),
});

const variantReportOf = (
  scenario: string,
  reps: ReadonlyArray<ReplicationKpis>,
  base: ReadonlyArray<ReplicationKpis>,
): VariantReport => ({
  scenario,
  kpis: summarizeKpis(reps),
  difference: differenceKpis(reps, base),
});

/** `scenarios[0]` is the baseline; `reps[i]` are scenario i's replications in replication order. */
export const compareReportOf = (
  scenarios: ReadonlyArray<string>,
  options: ReportOptions,
  reps: ReadonlyArray<ReadonlyArray<ReplicationKpis>>,
): CompareReport => {
  const base = reps[0] ?? [];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    baseline: runReportOf(scenarios[0] ?? "", options, base),
    variants: scenarios
      .slice(1)
      .map((scenario, i) => variantReportOf(scenario, reps[i + 1] ?? [], base)),
  };
};

export type RawKpis = Readonly<Record<KpiId, number | null>>;

const raw = (r: ReplicationKpis): RawKpis =>
  Object.fromEntries(kpiIds.map((id) => [id, r[id].value])) as Record<KpiId, number | null>;

export interface LabelledScenario {
  readonly scenario: string;
  readonly label: string;
}

/** The HTTP comparison result: the compare report with labels, plus each scenario's raw replication values. */
export const comparisonResultOf = (
  scenarios: ReadonlyArray<LabelledScenario>,
  options: ReportOptions,
  reps: ReadonlyArray<ReadonlyArray<ReplicationKpis>>,
) => {
  const report = compareReportOf(
    scenarios.map((s) => s.scenario),
    options,
    reps,
  );
  const { schemaVersion, scenario, ...rest } = report.baseline;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    baseline: { schemaVersion, scenario, label: scenarios[0]?.label ?? "", ...rest },
    variants: report.variants.map((v, i) => ({
      scenario: v.scenario,
      label: scenarios[i + 1]?.label ?? "",
      kpis: v.kpis,
      difference: v.difference,
    })),
    replicationValues: scenarios.map((s, i) => ({
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
