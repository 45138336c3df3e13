/**
 * Application service for comparisons: compiles the scenarios, checks the work limit, and runs every replication
 * on the bounded queue, publishing progress and partial KPIs (issue 10 §1, §3, §4); the run's life is `runLifecycle`.
 */
import type { AppendError } from "@sagsflow/eventstore";
import type { ScenarioInvalid } from "@sagsflow/scenarios";
import {
  type ModelParams,
  type ReplicationKpis,
  replicationInputs,
} from "@sagsflow/simulator/model";
import { Effect, Result } from "effect";
import type { ComparisonKind, ComparisonRequested, RunScenario } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import type { ComparisonNotFound, RequestInvalid, RunQueueFull } from "./apiErrors";
import { ScenarioNotFound } from "./apiErrors";
import { comparisonReport, partialMeans } from "./comparisonReport";
import { casesOf, checkWork, pinVersions } from "./runChecks";
import type { RunServiceDeps } from "./runLifecycle";
import { streamReplications } from "./streamReplications";

export interface ComparisonInput {
  readonly kind: ComparisonKind;
  readonly baseline: RunScenario;
  readonly variants: ReadonlyArray<RunScenario>;
  readonly seed: number;
  readonly replications: number;
  readonly cases: number | null;
  readonly parameters: unknown;
  /** Pinned versions of saved scenarios (re-runs); others use the latest. */
  readonly scenarioVersions?: Readonly<Record<string, number>>;
}

export type ComparisonServiceDeps = RunServiceDeps;

export type StartError =
  | ScenarioInvalid
  | ScenarioNotFound
  | RequestInvalid
  | RunQueueFull
  | AppendError;

export interface ComparisonService {
  readonly start: (input: ComparisonInput) => Effect.Effect<ComparisonRecord, StartError>;
  readonly cancel: (
    id: string,
  ) => Effect.Effect<ComparisonRecord, ComparisonNotFound | RequestInvalid | AppendError>;
  /** Runs a stored comparison again with the same seed, replications, cases, overrides and versions. */
  readonly rerun: (record: ComparisonRecord) => Effect.Effect<ComparisonRecord, StartError>;
  readonly get: (id: string) => Effect.Effect<ComparisonRecord, ComparisonNotFound>;
}

export const makeComparisonService = (deps: ComparisonServiceDeps): ComparisonService => {
  const compileAll = (input: ComparisonInput) =>
    Effect.forEach([input.baseline, ...input.variants], (s, i) => {
      const version = input.scenarioVersions?.[s.scenario];
      const compiled = deps.catalog.compile(s.scenario, { version, overrides: s.overrides });
      if (Result.isFailure(compiled)) {
        const failure = compiled.failure;
        // Name the request field that pointed at the missing scenario.
        const field = i === 0 ? "baseline" : `variants[${i - 1}]`;
        return Effect.fail(
          failure._tag === "ScenarioNotFound"
            ? new ScenarioNotFound({ scenarioId: failure.scenarioId, field })
            : failure,
        );
      }
      const params = compiled.success.params;
      const capped =
        input.cases === null
          ? params
          : { ...params, horizon: { ...params.horizon, maxCases: input.cases } };
      return Effect.succeed(capped);
    });

  const run = async (
    request: ComparisonRequested,
    params: ReadonlyArray<ModelParams>,
    cancel: Int32Array,
  ): Promise<Result.Result<unknown, string> | null> => {
    const id = request.comparisonId;
    const R = request.replications;
    const inputs = params.flatMap((p) => replicationInputs(p, request.seed, R));
    const finished: ReplicationKpis[][] = params.map(() => []);
    const labels = [request.baseline, ...request.variants].map((s) => s.label);
    let done = 0;
    deps.hub.publish(id, { type: "progress", done: 0, total: inputs.length });
    const onResult = (index: number, kpis: ReplicationKpis) => {
      finished[Math.floor(index / R)]?.push(kpis);
      deps.hub.publish(id, { type: "progress", done: ++done, total: inputs.length });
      deps.hub.publish(id, { type: "partial", kpis: partialMeans(labels, finished) });
    };
    const all = await streamReplications(inputs, { workers: deps.workers, onResult, cancel });
    if (all === null) return null;
    const perScenario = params.map((_, i) => all.slice(i * R, (i + 1) * R));
    return Result.succeed(comparisonReport(request, perScenario));
  };

  const start = (input: ComparisonInput): Effect.Effect<ComparisonRecord, StartError> =>
    Effect.gen(function* () {
      const params = yield* compileAll(input);
      const work = params.reduce((a, p) => a + casesOf(p), 0) * input.replications;
      yield* checkWork(work, deps.maxWork, "cases × replications");
      const ids = [input.baseline, ...input.variants].map((s) => s.scenario);
      const request: ComparisonRequested = {
        _tag: "ComparisonRequested",
        comparisonId: deps.newId(),
        kind: input.kind,
        baseline: input.baseline,
        variants: input.variants,
        scenarioVersions: pinVersions(deps.catalog, ids, input.scenarioVersions),
        seed: input.seed,
        replications: input.replications,
        cases: input.cases,
        parameters: input.parameters,
        requestedAt: deps.clock(),
      };
      return yield* deps.lifecycle.submit(request, (cancel) => run(request, params, cancel));
    });

  return {
    start,
    get: deps.lifecycle.get,
    cancel: deps.lifecycle.cancel,
    rerun: ({ request: r }) =>
      start({
        kind: r.kind,
        baseline: r.baseline,
        variants: r.variants,
        seed: r.seed,
        replications: r.replications,
        cases: r.cases,
        parameters: r.parameters,
        scenarioVersions: r.scenarioVersions,
      }),
  };
};
