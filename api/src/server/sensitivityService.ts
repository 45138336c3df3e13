/**
 * Sensitivity runs (issue 7) for any scenario id, library or saved: the same plan and report as the CLI's
 * `sensitivity` service (api/src/application/sensitivity.ts), composed from `@sagsflow/simulator/sensitivity` over
 * the catalog, with replications streamed on the run queue (progress, cancel) and the report stored as the result.
 */
import { differenceKpis, type KpiId, replicationInputs } from "@sagsflow/simulator/model";
import {
  estimatedParameters,
  planCases,
  sensitivityPlan,
  sensitivityReport,
} from "@sagsflow/simulator/sensitivity";
import { Effect, Result } from "effect";
import type { ComparisonRequested } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { RequestInvalid } from "./apiErrors";
import type { StartError } from "./comparisonService";
import { casesOf, checkWork, pinVersions } from "./runChecks";
import type { RunServiceDeps } from "./runLifecycle";
import { streamReplications } from "./streamReplications";

/** A request with every default filled in: stored as the run's parameters, so a re-run repeats it exactly. */
export interface SensitivityInput {
  readonly scenario: string;
  readonly kpi: KpiId;
  readonly samples: number;
  readonly seed: number;
  readonly replications: number;
  readonly cases: number;
}

export type SensitivityServiceDeps = RunServiceDeps;

export interface SensitivityService {
  readonly start: (
    input: SensitivityInput,
    scenarioVersions?: Readonly<Record<string, number>>,
  ) => Effect.Effect<ComparisonRecord, StartError>;
}

const withCases = <P extends { horizon: object }>(p: P, cases: number): P => ({
  ...p,
  horizon: { ...p.horizon, maxCases: cases },
});

export const makeSensitivityService = (deps: SensitivityServiceDeps): SensitivityService => {
  const compile = (id: string, versions: Readonly<Record<string, number>>) =>
    Effect.fromResult(deps.catalog.compile(id, { version: versions[id] }));

  /** The variant's baseline is the file it extends, as in the CLI: the second-to-last file of its chain. */
  const plan = (input: SensitivityInput, versions: Readonly<Record<string, number>>) =>
    Effect.gen(function* () {
      const variant = yield* compile(input.scenario, versions);
      const parentFile = variant.files.at(-2);
      const baselineId = parentFile === undefined ? undefined : deps.catalog.idOfFile(parentFile);
      if (baselineId === undefined) {
        return yield* Effect.fail(
          new RequestInvalid({
            field: "scenario",
            value: input.scenario,
            reason: "en variant skal udvide et basisscenarie (extends)",
            status: 422,
          }),
        );
      }
      const baseline = yield* compile(baselineId, versions);
      const variantParams = withCases(variant.params, input.cases);
      const sensitivity = sensitivityPlan({
        baseline: withCases(baseline.params, input.cases),
        variant: variantParams,
        parameters: estimatedParameters(variant.provenance, variantParams),
        samples: input.samples,
        seed: input.seed,
      });
      return { baselineId, meta: variant.meta, plan: sensitivity };
    });

  const run = async (
    request: ComparisonRequested,
    input: SensitivityInput,
    planned: Effect.Success<ReturnType<typeof plan>>,
    cancel: Int32Array,
  ): Promise<Result.Result<unknown, string> | null> => {
    const id = request.comparisonId;
    const R = input.replications;
    const cases = planCases(planned.plan);
    const inputs = cases.flatMap((c) => [
      ...replicationInputs(c.baseline, input.seed, R),
      ...replicationInputs(c.variant, input.seed, R),
    ]);
    let done = 0;
    deps.hub.publish(id, { type: "progress", done: 0, total: inputs.length });
    const onResult = () =>
      deps.hub.publish(id, { type: "progress", done: ++done, total: inputs.length });
    const reps = await streamReplications(inputs, { workers: deps.workers, onResult, cancel });
    if (reps === null) return null;
    const differences = cases.map((_, i) => {
      const d = differenceKpis(
        reps.slice((2 * i + 1) * R, (2 * i + 2) * R),
        reps.slice(2 * i * R, (2 * i + 1) * R),
      )[input.kpi];
      return { mean: d.mean, ci95: d.ci95 };
    });
    const meta = { scenario: planned.meta.id, kpi: input.kpi, seed: input.seed };
    return Result.succeed(sensitivityReport(meta, planned.plan, differences));
  };

  return {
    start: (input, given = {}) =>
      Effect.gen(function* () {
        const versions = pinVersions(deps.catalog, [input.scenario], given);
        const planned = yield* plan(input, versions);
        const runs = planCases(planned.plan).length * 2 * input.replications;
        const work = runs * casesOf(planned.plan.base.variant);
        yield* checkWork(work, deps.maxWork, "samples × replications × cases");
        const request: ComparisonRequested = {
          _tag: "ComparisonRequested",
          comparisonId: deps.newId(),
          kind: "sensitivity",
          baseline: { scenario: planned.baselineId, label: planned.baselineId, overrides: {} },
          variants: [{ scenario: input.scenario, label: input.scenario, overrides: {} }],
          scenarioVersions: pinVersions(deps.catalog, [planned.baselineId], versions),
          seed: input.seed,
          replications: input.replications,
          cases: input.cases,
          parameters: input,
          requestedAt: deps.clock(),
        };
        return yield* deps.lifecycle.submit(request, (cancel) =>
          run(request, input, planned, cancel),
        );
      }),
  };
};
