/** The `--json` contract of `run` and `compare` (docs/cli.md), schemaVersion 1. Plain numbers, never NaN. */
import { type KpiSummaries, type ReplicationKpis, summarizeKpis } from "@sagsflow/simulator/model";

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

/** The run object for one scenario's replications (also the `baseline` of a comparison). */
export const runReportOf = (
  scenario: string,
  options: { readonly seed: number; readonly cases?: number | undefined },
  reps: ReadonlyArray<ReplicationKpis>,
): RunReport => ({
  schemaVersion: REPORT_SCHEMA_VERSION,
  scenario,
  seed: options.seed,
  replications: reps.length,
  cases: options.cases ?? null,
  kpis: summarizeKpis(reps),
});
