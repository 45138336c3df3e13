/**
 * Application service for comparisons: compiles the scenarios, checks the work limit, and runs every replication
 * on the bounded queue, publishing progress and partial KPIs (issue 10 §1, §3, §4); the run's life is `runLifecycle`.
 */
import type { AppendError } from "@sagsflow/eventstore";
import type { ScenarioInvalid } from "@sagsflow/scenarios";
import { Effect, Result } from "effect";
import {
  type ComparisonJob,
  comparisonJob,
  type ReplicationKpis,
} from "../application/comparisonJob";
import { comparisonResultOf, partialMeans } from "../application/runReport";
import type { ComparisonKind, ComparisonRequested, RunScenario } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { type ComparisonNotFound, RequestInvalid, type RunQueueFull } from "./apiErrors";
import type { ScenarioNotFound } from "./apiErrors";
import { catalogSource } from "./catalogSource";
import { checkWork, pinVersions } from "./runChecks";
import { type RunServiceDeps, streamRun } from "./runLifecycle";

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
  /** Takes up a stored run that a restart cut short, under its own id (on the Redis queue: its jobs). */
  readonly reattach: (record: ComparisonRecord) => Effect.Effect<void, StartError>;
}

/** Results and partial means are keyed by label, so two scenarios of one run must not share one. */
const uniqueLabels = (input: ComparisonInput): Effect.Effect<void, RequestInvalid> => {
  const seen = new Set<string>([input.baseline.label]);
  for (const [i, v] of input.variants.entries()) {
    if (seen.has(v.label))
      return Effect.fail(
        new RequestInvalid({
          field: `variants[${i}].label`,
          value: v.label,
          reason: "to scenarier i samme kørsel har samme navn; giv hver sit eget label",
          status: 422,
        }),
      );
    seen.add(v.label);
  }
  return Effect.void;
};

export const makeComparisonService = (deps: ComparisonServiceDeps): ComparisonService => {
  const run = async (
    request: ComparisonRequested,
    job: ComparisonJob,
    cancel: Int32Array,
  ): Promise<Result.Result<unknown, string> | null> => {
    const id = request.comparisonId;
    const scenarios = [request.baseline, ...request.variants];
    const finished: ReplicationKpis[][] = scenarios.map(() => []);
    const labels = scenarios.map((s) => s.label);
    const total = job.inputs.length;
    let done = 0;
    deps.hub.publish(id, { type: "progress", done: 0, total });
    const onResult = (index: number, kpis: ReplicationKpis) => {
      finished[job.scenarioOf(index)]?.push(kpis);
      deps.hub.publish(id, { type: "progress", done: ++done, total });
      deps.hub.publish(id, { type: "partial", kpis: partialMeans(labels, finished) });
    };
    const all = await streamRun(deps, id, job.inputs, onResult, cancel);
    if (all === null) return null;
    return Result.succeed(comparisonResultOf(scenarios, request, job.perScenario(all)));
  };

  const start = (input: ComparisonInput): Effect.Effect<ComparisonRecord, StartError> =>
    Effect.gen(function* () {
      yield* uniqueLabels(input);
      const source = catalogSource(deps.catalog, input.scenarioVersions);
      const job = yield* comparisonJob(source, [input.baseline, ...input.variants], input);
      yield* checkWork(job.work, deps.maxWork, "cases × replications");
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
      return yield* deps.lifecycle.submit(request, (cancel) => run(request, job, cancel));
    });

  const reattach = ({ request }: ComparisonRecord) =>
    Effect.map(
      comparisonJob(
        catalogSource(deps.catalog, request.scenarioVersions),
        [request.baseline, ...request.variants],
        request,
      ),
      (job) => void deps.lifecycle.resume(request, (cancel) => run(request, job, cancel)),
    );

  return {
    start,
    reattach,
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
