/**
 * Experiments: replications of a scenario with seeds derived from one base seed, KPIs summarised with 95% CIs,
 * and variants compared with their baseline replication by replication (same seeds: common random numbers).
 */
import { pairedDifference } from "../stats/pairedDifference";
import { summarize } from "../stats/summarize";
import { type KpiId, type KpiObservations, kpiCatalog, kpiIds } from "@sagsflow/domain";
import { caseFlowKpis } from "./caseFlowKpis";
import type { ModelParams } from "./modelParams";
import { runCaseFlow } from "./runCaseFlow";

export type ReplicationKpis = KpiObservations;

export interface KpiSummary {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly unit: string;
  /** Replications in which the KPI had a value. */
  readonly n: number;
}

export type KpiSummaries = Readonly<Record<KpiId, KpiSummary>>;

/** Seed of replication `r` (0-based): baseline and variants use the same one, so their randomness is shared. */
export const replicationSeed = (seed: number, r: number): number =>
  (Math.imul(seed >>> 0, 0x9e3779b1) + r + 1) >>> 0;

export interface ReplicationInput {
  readonly params: ModelParams;
  readonly seed: number;
}

/** One replication, as a plain function of plain data: what worker threads and Web Workers run. */
export const caseFlowReplication = (input: ReplicationInput): ReplicationKpis =>
  caseFlowKpis(runCaseFlow(input.params, input.seed), input.params);

export const replicationInputs = (
  params: ModelParams,
  seed: number,
  replications: number,
): ReplicationInput[] =>
  Array.from({ length: replications }, (_, r) => ({ params, seed: replicationSeed(seed, r) }));

/** Rounds to 10 significant digits so printed results do not depend on the last bits of floating-point sums. */
const tidy = (x: number | null): number | null => (x === null ? null : Number(x.toPrecision(10)));

export const summarizeKpis = (reps: ReadonlyArray<ReplicationKpis>): KpiSummaries => {
  const out = {} as Record<KpiId, KpiSummary>;
  for (const id of kpiIds) {
    const s = summarize(reps.map((r) => r[id].value));
    out[id] = {
      mean: tidy(s.mean),
      ci95: s.ci95 === null ? null : [tidy(s.ci95[0]) as number, tidy(s.ci95[1]) as number],
      unit: kpiCatalog[id].unit,
      n: s.n,
    };
  }
  return out;
};

/** Variant minus baseline per KPI, paired by replication. */
export const differenceKpis = (
  variant: ReadonlyArray<ReplicationKpis>,
  baseline: ReadonlyArray<ReplicationKpis>,
): KpiSummaries => {
  const out = {} as Record<KpiId, KpiSummary>;
  for (const id of kpiIds) {
    const d = pairedDifference(
      variant.map((r) => r[id].value),
      baseline.map((r) => r[id].value),
    );
    const s = d._tag === "Success" ? d.success : { mean: null, ci95: null, n: 0 };
    out[id] = {
      mean: tidy(s.mean),
      ci95: s.ci95 === null ? null : [tidy(s.ci95[0]) as number, tidy(s.ci95[1]) as number],
      unit: kpiCatalog[id].unit,
      n: s.n,
    };
  }
  return out;
};
