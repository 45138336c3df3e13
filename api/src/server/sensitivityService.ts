/**
 * Sensitivity runs (issue 7) for any scenario id, library or saved: the CLI's sensitivity job
 * (application/comparisonJob.ts) over the catalog, with replications streamed on the run queue (progress, cancel)
 * and the report stored as the result.
 */
import type { KpiId } from "@sagsflow/domain";
import { Effect, Result } from "effect";
import { type SensitivityJob, sensitivityJob } from "../application/comparisonJob";
import type { ComparisonRequested } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { RequestInvalid } from "./apiErrors";
import type { StartError } from "./comparisonService";
import { catalogSource } from "./catalogSource";
import { checkWork, pinVersions } from "./runChecks";
import { type RunServiceDeps, streamRun } from "./runLifecycle";

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

const noBaseline = (ref: { readonly scenario: string }) =>
  new RequestInvalid({
    field: "scenario",
    value: ref.scenario,
    reason: "en variant skal udvide et basisscenarie (extends)",
    status: 422,
  });

export const makeSensitivityService = (deps: SensitivityServiceDeps): SensitivityService => {
  const run = async (
    id: string,
    job: SensitivityJob,
    cancel: Int32Array,
  ): Promise<Result.Result<unknown, string> | null> => {
    const total = job.inputs.length;
    let done = 0;
    deps.hub.publish(id, { type: "progress", done: 0, total });
    const onResult = () => deps.hub.publish(id, { type: "progress", done: ++done, total });
    const reps = await streamRun(deps, id, job.inputs, onResult, cancel);
    return reps === null ? null : Result.succeed(job.report(reps));
  };

  return {
    start: (input, given = {}) =>
      Effect.gen(function* () {
        const versions = pinVersions(deps.catalog, [input.scenario], given);
        const source = catalogSource(deps.catalog, versions);
        const job = yield* sensitivityJob(source, { scenario: input.scenario }, input, noBaseline);
        yield* checkWork(job.work, deps.maxWork, "samples × replications × cases");
        const baselineId = job.baseline.id;
        const request: ComparisonRequested = {
          _tag: "ComparisonRequested",
          comparisonId: deps.newId(),
          kind: "sensitivity",
          baseline: { scenario: baselineId, label: baselineId, overrides: {} },
          variants: [{ scenario: input.scenario, label: input.scenario, overrides: {} }],
          scenarioVersions: pinVersions(deps.catalog, [baselineId], versions),
          seed: input.seed,
          replications: input.replications,
          cases: input.cases,
          parameters: input,
          requestedAt: deps.clock(),
        };
        return yield* deps.lifecycle.submit(request, (cancel) =>
          run(request.comparisonId, job, cancel),
        );
      }),
  };
};
