/**
 * Compare and sensitivity as jobs: the replication inputs, the work they amount to, and how their KPIs become the
 * report. The CLI runs a job at once; the HTTP API queues it (progress, cancel). Either way the same inputs and the
 * same report builder, so both edges give the same numbers for the same request.
 */
import type { KpiId } from "@sagsflow/domain";
import {
  differenceKpis,
  type ModelParams,
  type ReplicationInput,
  type ReplicationKpis,
  replicationInputs,
} from "@sagsflow/simulator/model";
import {
  estimatedParameters,
  planCases,
  type SensitivityReport,
  sensitivityPlan,
  sensitivityReport,
} from "@sagsflow/simulator/sensitivity";
import { Effect } from "effect";
import { withMaxCases as withCases } from "@sagsflow/scenarios";
import type { ScenarioRef, ScenarioSource, SourcedScenario } from "./scenarioSource";

export type { ReplicationInput, ReplicationKpis };

/** Measured cases of one replication: the scenario's cap, or its arrivals over the measured weeks. */
export const casesOf = (p: ModelParams): number =>
  p.horizon.maxCases ?? Math.ceil(p.arrivals.perWeek * p.horizon.weeks);

export interface RunSettings {
  readonly seed: number;
  readonly replications: number;
  /** Cap on measured cases; null or undefined keeps each scenario's horizon. */
  readonly cases?: number | null | undefined;
}

export interface ComparisonJob {
  /** Baseline first. */
  readonly scenarios: ReadonlyArray<SourcedScenario>;
  /** Every scenario's replications in one list (one worker pool across scenario boundaries), baseline first. */
  readonly inputs: ReadonlyArray<ReplicationInput>;
  /** Measured cases × replications over all scenarios. */
  readonly work: number;
  /** Which scenario input `index` belongs to. */
  readonly scenarioOf: (index: number) => number;
  /** The flat results split per scenario, each in replication order. */
  readonly perScenario: (
    all: ReadonlyArray<ReplicationKpis>,
  ) => ReadonlyArray<ReadonlyArray<ReplicationKpis>>;
}

const fieldOf = (i: number) => (i === 0 ? "baseline" : `variants[${i - 1}]`);

/** `refs[0]` is the baseline; every scenario runs on the same replication seeds (common random numbers). */
export const comparisonJob = <E>(
  source: ScenarioSource<E>,
  refs: ReadonlyArray<ScenarioRef>,
  settings: RunSettings,
): Effect.Effect<ComparisonJob, E> =>
  Effect.map(
    Effect.forEach(refs, (ref, i) => source.load(ref, fieldOf(i))),
    (loaded) => {
      const R = settings.replications;
      const scenarios = loaded.map((s) => ({ ...s, params: withCases(s.params, settings.cases) }));
      return {
        scenarios,
        inputs: scenarios.flatMap((s) => replicationInputs(s.params, settings.seed, R)),
        work: scenarios.reduce((a, s) => a + casesOf(s.params), 0) * R,
        scenarioOf: (index) => Math.floor(index / R),
        perScenario: (all) => scenarios.map((_, i) => all.slice(i * R, (i + 1) * R)),
      };
    },
  );

export interface SensitivitySettings extends RunSettings {
  readonly kpi: KpiId;
  readonly samples: number;
}

export interface SensitivityJob {
  readonly variant: SourcedScenario;
  readonly baseline: SourcedScenario;
  readonly inputs: ReadonlyArray<ReplicationInput>;
  /** Samples × 2 × replications × measured cases. */
  readonly work: number;
  readonly report: (reps: ReadonlyArray<ReplicationKpis>) => SensitivityReport;
}

/**
 * Varies each estimate of a variant (and its baseline, where they share it) one at a time over its range and by a
 * Latin-hypercube sample; the baseline is the scenario the variant extends. `noBaseline` is the edge's error for a
 * variant that extends nothing.
 */
export const sensitivityJob = <E, E2>(
  source: ScenarioSource<E>,
  ref: ScenarioRef,
  settings: SensitivitySettings,
  noBaseline: (ref: ScenarioRef) => E2,
): Effect.Effect<SensitivityJob, E | E2> =>
  Effect.gen(function* () {
    const loaded = yield* source.load(ref, "scenario");
    if (loaded.parent === undefined) return yield* Effect.fail(noBaseline(ref));
    const parent = yield* source.load({ scenario: loaded.parent }, "scenario");
    const variant = { ...loaded, params: withCases(loaded.params, settings.cases) };
    const baseline = { ...parent, params: withCases(parent.params, settings.cases) };
    const plan = sensitivityPlan({
      baseline: baseline.params,
      variant: variant.params,
      parameters: estimatedParameters(variant.provenance, variant.params),
      samples: settings.samples,
      seed: settings.seed,
    });
    const R = settings.replications;
    const cases = planCases(plan);
    const inputs = cases.flatMap((c) => [
      ...replicationInputs(c.baseline, settings.seed, R),
      ...replicationInputs(c.variant, settings.seed, R),
    ]);
    const report = (reps: ReadonlyArray<ReplicationKpis>) => {
      const differences = cases.map((_, i) => {
        const d = differenceKpis(
          reps.slice((2 * i + 1) * R, (2 * i + 2) * R),
          reps.slice(2 * i * R, (2 * i + 1) * R),
        )[settings.kpi];
        return { mean: d.mean, ci95: d.ci95 };
      });
      const meta = { scenario: variant.id, kpi: settings.kpi, seed: settings.seed };
      return sensitivityReport(meta, plan, differences);
    };
    return { variant, baseline, inputs, work: inputs.length * casesOf(plan.base.variant), report };
  });
