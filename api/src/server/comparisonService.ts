/**
 * Application service for comparisons, sensitivity and counterfactual runs: checks and records the request, runs it
 * on the bounded queue, publishes progress and partial KPIs, and records the outcome (issue 10 §1, §3, §4).
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
import type { ComparisonRecord, ComparisonRepository } from "../persistence/comparisonRepository";
import {
  ComparisonNotFound,
  RequestInvalid,
  RunQueueFull,
  type ScenarioNotFound,
} from "./apiErrors";
import type { ComparisonHub } from "./comparisonHub";
import { comparisonReport, partialMeans } from "./comparisonReport";
import type { RunQueue } from "./runQueue";
import type { ScenarioCatalog } from "./scenarioCatalog";
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

export interface ComparisonServiceDeps {
  readonly catalog: ScenarioCatalog;
  readonly comparisons: ComparisonRepository;
  readonly queue: RunQueue;
  readonly hub: ComparisonHub;
  readonly clock: () => string;
  readonly newId: () => string;
  readonly workers: number;
  /** Upper bound on measured cases × replications × scenarios per request. */
  readonly maxWork: number;
  readonly retryAfterSeconds: number;
}

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
  readonly rerun: (id: string) => Effect.Effect<ComparisonRecord, StartError | ComparisonNotFound>;
  readonly get: (id: string) => Effect.Effect<ComparisonRecord, ComparisonNotFound>;
}

/** Measured cases of one replication: the scenario's cap, or its arrivals over the measured weeks. */
const casesOf = (p: ModelParams): number =>
  p.horizon.maxCases ?? Math.ceil(p.arrivals.perWeek * p.horizon.weeks);

export const makeComparisonService = (deps: ComparisonServiceDeps): ComparisonService => {
  const cancelFlags = new Map<string, Int32Array>();

  const compileAll = (input: ComparisonInput) =>
    Effect.forEach([input.baseline, ...input.variants], (s) => {
      const version = input.scenarioVersions?.[s.scenario];
      const compiled = deps.catalog.compile(s.scenario, { version, overrides: s.overrides });
      if (Result.isFailure(compiled)) return Effect.fail(compiled.failure);
      const params = compiled.success.params;
      const capped =
        input.cases === null
          ? params
          : { ...params, horizon: { ...params.horizon, maxCases: input.cases } };
      return Effect.succeed(capped);
    });

  const checkWork = (params: ReadonlyArray<ModelParams>, input: ComparisonInput) => {
    const work = params.reduce((a, p) => a + casesOf(p), 0) * input.replications;
    return work <= deps.maxWork
      ? Effect.void
      : Effect.fail(
          new RequestInvalid({
            field: "cases × replications",
            value: String(work),
            reason: `højst ${deps.maxWork} målte sager × replikationer pr. anmodning (alle scenarier tilsammen)`,
            status: 422,
          }),
        );
  };

  const run = async (request: ComparisonRequested, params: ReadonlyArray<ModelParams>) => {
    const id = request.comparisonId;
    const R = request.replications;
    const inputs = params.flatMap((p) => replicationInputs(p, request.seed, R));
    const finished: ReplicationKpis[][] = params.map(() => []);
    const labels = [request.baseline, ...request.variants].map((s) => s.label);
    const cancel = cancelFlags.get(id) ?? new Int32Array(new SharedArrayBuffer(4));
    let done = 0;
    deps.hub.publish(id, { type: "progress", done: 0, total: inputs.length });
    const onResult = (index: number, kpis: ReplicationKpis) => {
      finished[Math.floor(index / R)]?.push(kpis);
      deps.hub.publish(id, { type: "progress", done: ++done, total: inputs.length });
      deps.hub.publish(id, { type: "partial", kpis: partialMeans(labels, finished) });
    };
    const outcome = await streamReplications(inputs, {
      workers: deps.workers,
      onResult,
      cancel,
    }).then(
      (all) => (all === null ? null : Result.succeed(all)),
      (cause: unknown) => Result.fail(cause instanceof Error ? cause.message : String(cause)),
    );
    cancelFlags.delete(id);
    if (outcome === null) return; // cancelled: the outcome was recorded by `cancel`
    const event = Result.isSuccess(outcome)
      ? {
          _tag: "ComparisonCompleted" as const,
          comparisonId: id,
          completedAt: deps.clock(),
          result: comparisonReport(
            request,
            params.map((_, i) => outcome.success.slice(i * R, (i + 1) * R)),
          ),
        }
      : {
          _tag: "ComparisonFailed" as const,
          comparisonId: id,
          reason: outcome.failure,
          failedAt: deps.clock(),
        };
    await Effect.runPromise(Effect.ignore(deps.comparisons.finish(event)));
    deps.hub.publish(id, { type: "done", status: deps.comparisons.get(id)?.status ?? "failed" });
  };

  const start = (input: ComparisonInput): Effect.Effect<ComparisonRecord, StartError> =>
    Effect.gen(function* () {
      const params = yield* compileAll(input);
      yield* checkWork(params, input);
      // Checked before anything is stored, so a refused run leaves the store unchanged.
      if (!deps.queue.hasRoom()) {
        return yield* Effect.fail(
          new RunQueueFull({
            limit: deps.queue.stats().concurrency + deps.queue.stats().maxWaiting,
            retryAfterSeconds: deps.retryAfterSeconds,
          }),
        );
      }
      const scenarioVersions: Record<string, number> = { ...input.scenarioVersions };
      for (const s of [input.baseline, ...input.variants]) {
        const entry = deps.catalog.get(s.scenario);
        if (entry?.source === "saved" && scenarioVersions[s.scenario] === undefined)
          scenarioVersions[s.scenario] = entry.version;
      }
      const request: ComparisonRequested = {
        _tag: "ComparisonRequested",
        comparisonId: deps.newId(),
        kind: input.kind,
        baseline: input.baseline,
        variants: input.variants,
        scenarioVersions,
        seed: input.seed,
        replications: input.replications,
        cases: input.cases,
        parameters: input.parameters,
        requestedAt: deps.clock(),
      };
      yield* deps.comparisons.request(request);
      cancelFlags.set(request.comparisonId, new Int32Array(new SharedArrayBuffer(4)));
      deps.queue.offer(() => run(request, params));
      return deps.comparisons.get(request.comparisonId) as ComparisonRecord;
    });

  const get = (id: string) => {
    const record = deps.comparisons.get(id);
    return record === undefined
      ? Effect.fail(new ComparisonNotFound({ comparisonId: id }))
      : Effect.succeed(record);
  };

  return {
    start,
    get,
    cancel: (id) =>
      Effect.gen(function* () {
        const record = yield* get(id);
        if (record.status !== "running") {
          return yield* Effect.fail(
            new RequestInvalid({
              field: "status",
              value: record.status,
              reason: "kun en igangværende kørsel kan annulleres",
              status: 409,
            }),
          );
        }
        const flag = cancelFlags.get(id);
        if (flag !== undefined) Atomics.store(flag, 0, 1);
        yield* deps.comparisons.finish({
          _tag: "ComparisonCancelled",
          comparisonId: id,
          cancelledAt: deps.clock(),
        });
        deps.hub.publish(id, { type: "done", status: "cancelled" });
        return yield* get(id);
      }),
    rerun: (id) =>
      Effect.flatMap(get(id), ({ request: r }) =>
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
      ),
  };
};
