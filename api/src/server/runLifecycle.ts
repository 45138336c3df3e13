/**
 * The life of every queued run (comparison, sensitivity, counterfactual): refused with 429 when the queue is full,
 * recorded as requested, run on the queue, and recorded once as completed, failed or cancelled (ADR 0070).
 */
import type { AppendError } from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import type { ReplicationInput, ReplicationKpis } from "../application/comparisonJob";
import { streamReplications } from "../application/runCaseFlowReplications";
import type { ComparisonRequested } from "../persistence/apiEvents";
import type { RedisReplications } from "../queue/redisReplications";
import type { ComparisonRecord, ComparisonRepository } from "../persistence/comparisonRepository";
import { ComparisonNotFound, RequestInvalid, RunQueueFull } from "./apiErrors";
import type { ComparisonHub } from "./comparisonHub";
import type { RunQueue } from "./runQueue";
import type { ScenarioCatalog } from "./scenarioCatalog";

/** What every run service (comparison, sensitivity, counterfactual) is built from. */
export interface RunServiceDeps {
  readonly catalog: ScenarioCatalog;
  readonly lifecycle: RunLifecycle;
  readonly hub: ComparisonHub;
  readonly clock: () => string;
  readonly newId: () => string;
  /** Worker threads per run; 1 runs in-process. */
  readonly workers: number;
  /** Upper bound on measured cases × replications per request (SAGSFLOW_MAX_WORK). */
  readonly maxWork: number;
  /** Set with SAGSFLOW_QUEUE=redis: replications run as jobs for `sagsflow worker` processes. */
  readonly replications?: RedisReplications | undefined;
}

/** Streams run `runId`'s replications on the Redis queue when configured, else in this process's threads. */
export const streamRun = (
  deps: RunServiceDeps,
  runId: string,
  inputs: ReadonlyArray<ReplicationInput>,
  onResult: (index: number, kpis: ReplicationKpis) => void,
  cancel: Int32Array,
) =>
  streamReplications(inputs, {
    workers: deps.workers,
    onResult,
    cancel,
    queue: deps.replications === undefined ? undefined : { replications: deps.replications, runId },
  });

/** The work of one run: its result, a failure reason, or null when it stopped because it was cancelled. */
export type RunTask = (cancel: Int32Array) => Promise<Result.Result<unknown, string> | null>;

export interface RunLifecycleDeps {
  readonly comparisons: ComparisonRepository;
  readonly queue: RunQueue;
  readonly hub: ComparisonHub;
  readonly clock: () => string;
  readonly retryAfterSeconds: number;
}

export interface RunLifecycle {
  /** Checks the queue before storing anything, so a refused run leaves the store unchanged. */
  readonly submit: (
    request: ComparisonRequested,
    task: RunTask,
  ) => Effect.Effect<ComparisonRecord, RunQueueFull | AppendError>;
  /** Runs a stored request again under its own id (an API restarted mid-run), appending no new request. */
  readonly resume: (request: ComparisonRequested, task: RunTask) => ComparisonRecord | undefined;
  readonly get: (id: string) => Effect.Effect<ComparisonRecord, ComparisonNotFound>;
  readonly cancel: (
    id: string,
  ) => Effect.Effect<ComparisonRecord, ComparisonNotFound | RequestInvalid | AppendError>;
}

/** Runs a task, turning a thrown error into a failure reason (the message only: no stack reaches a client). */
const settle = (task: RunTask, cancel: Int32Array) =>
  task(cancel).catch((cause: unknown) =>
    Result.fail(cause instanceof Error ? cause.message : String(cause)),
  );

export const makeRunLifecycle = (deps: RunLifecycleDeps): RunLifecycle => {
  const cancelFlags = new Map<string, Int32Array>();

  const finish = async (id: string, outcome: Result.Result<unknown, string>) => {
    const event = Result.isSuccess(outcome)
      ? {
          _tag: "ComparisonCompleted" as const,
          comparisonId: id,
          completedAt: deps.clock(),
          result: outcome.success,
        }
      : {
          _tag: "ComparisonFailed" as const,
          comparisonId: id,
          reason: outcome.failure,
          failedAt: deps.clock(),
        };
    // A run cancelled meanwhile already has its outcome; this append then fails on the version and is dropped.
    await Effect.runPromise(Effect.ignore(deps.comparisons.finish(event)));
    deps.hub.publish(id, { type: "done", status: deps.comparisons.get(id)?.status ?? "failed" });
  };

  const get = (id: string) => {
    const record = deps.comparisons.get(id);
    return record === undefined
      ? Effect.fail(new ComparisonNotFound({ comparisonId: id }))
      : Effect.succeed(record);
  };

  const offer = (request: ComparisonRequested, task: RunTask) => {
    const id = request.comparisonId;
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    cancelFlags.set(id, cancel);
    deps.queue.offer(async () => {
      const outcome = await settle(task, cancel);
      cancelFlags.delete(id);
      if (outcome !== null) await finish(id, outcome);
    }, id);
    return deps.comparisons.get(id);
  };

  return {
    get,
    submit: (request, task) =>
      Effect.gen(function* () {
        if (!deps.queue.hasRoom()) {
          const s = deps.queue.stats();
          return yield* Effect.fail(
            new RunQueueFull({
              limit: s.concurrency + s.maxWaiting,
              retryAfterSeconds: deps.retryAfterSeconds,
            }),
          );
        }
        yield* deps.comparisons.request(request);
        return offer(request, task) as ComparisonRecord;
      }),
    resume: offer,
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
        // A waiting run leaves the queue now; a running one stops at its next check of the flag.
        if (deps.queue.withdraw(id)) cancelFlags.delete(id);
        else {
          const flag = cancelFlags.get(id);
          if (flag !== undefined) Atomics.store(flag, 0, 1);
        }
        yield* deps.comparisons.finish({
          _tag: "ComparisonCancelled",
          comparisonId: id,
          cancelledAt: deps.clock(),
        });
        deps.hub.publish(id, { type: "done", status: "cancelled" });
        return yield* get(id);
      }),
  };
};
