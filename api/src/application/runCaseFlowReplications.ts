/**
 * The one replication runner of the CLI and the HTTP API: runs case-flow replications in worker threads (or, with
 * one worker, in this thread) and reports each replication's KPIs as it finishes. Cancelling stops work that has
 * not started. Results do not depend on the worker count: each replication is a pure function of its input.
 */
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { BroadcastChannel } from "node:worker_threads";
import {
  caseFlowReplication,
  type ReplicationInput,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";
import { runReplications } from "@sagsflow/simulator/node";
import { Effect, Result } from "effect";
import { queueConfig } from "../queue/queueConfig";
import type { RedisReplications } from "../queue/redisReplications";
import { OptionInvalid, SimulationFailed } from "./applicationErrors";
import type { StreamingInput } from "./replicationWorker";

export const defaultWorkers = (): number => Math.min(2, availableParallelism());

export interface StreamOptions {
  readonly workers: number;
  /** Called once per replication, in finishing order, with its index in `inputs`. */
  readonly onResult?: ((index: number, kpis: ReplicationKpis) => void) | undefined;
  /** Set element 0 to 1 to cancel (an Int32Array over a SharedArrayBuffer). */
  readonly cancel?: Int32Array | undefined;
  /** Run on the Redis queue (SAGSFLOW_QUEUE=redis) as the run `runId` instead of in this process's threads. */
  readonly queue?: { readonly replications: RedisReplications; readonly runId: string } | undefined;
}

const WORKER_MODULE = new URL("./replicationWorker.ts", import.meta.url).href;
let channelCount = 0;

/** Resolves with every replication's KPIs in input order, or null when cancelled; rejects when one fails. */
export const streamReplications = async (
  inputs: ReadonlyArray<ReplicationInput>,
  options: StreamOptions,
): Promise<ReadonlyArray<ReplicationKpis> | null> => {
  if (options.queue !== undefined) {
    const { replications, runId } = options.queue;
    return replications.stream(inputs, {
      runId,
      onResult: options.onResult,
      cancel: options.cancel,
    });
  }
  const cancel = options.cancel ?? new Int32Array(new SharedArrayBuffer(4));
  const onResult = options.onResult ?? (() => undefined);
  const cancelled = () => Atomics.load(cancel, 0) === 1;
  if (options.workers <= 1) {
    const out: ReplicationKpis[] = [];
    for (const [index, input] of inputs.entries()) {
      // Yield first so that HTTP requests are served, and progress bars drawn, between replications.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (cancelled()) return null;
      const kpis = caseFlowReplication(input);
      out.push(kpis);
      onResult(index, kpis);
    }
    return out;
  }
  const channel = `sagsflow-replications-${process.pid}-${++channelCount}`;
  const listener = new BroadcastChannel(channel);
  const seen = new Set<number>();
  listener.onmessage = (m) => {
    const { index, kpis } = (m as { data: { index: number; kpis: ReplicationKpis } }).data;
    if (!seen.has(index) && !cancelled()) {
      seen.add(index);
      onResult(index, kpis);
    }
  };
  // The listener must not keep the process alive once the replications are done.
  listener.unref();
  try {
    const results = await runReplications<StreamingInput, ReplicationKpis | null>({
      moduleUrl: WORKER_MODULE,
      exportName: "streamedReplication",
      inputs: inputs.map((input, index) => ({ channel, index, input, cancel })),
      workers: options.workers,
    });
    if (cancelled() || results.some((r) => r === null)) return null;
    // Report any replication whose channel message had not arrived before the pool finished.
    results.forEach((kpis, index) => {
      if (!seen.has(index) && kpis !== null) onResult(index, kpis);
    });
    return results as ReadonlyArray<ReplicationKpis>;
  } finally {
    listener.close();
  }
};

/** Called with the number of finished replications and the total; `done` never decreases. */
export type OnProgress = (done: number, total: number) => void;

const toFailure = (cause: unknown): SimulationFailed => {
  const c = cause as { _tag?: string; index?: number; reason?: string; message?: string };
  if (c._tag === "ReplicationFailed")
    return new SimulationFailed({ replication: c.index ?? -1, reason: c.reason ?? "" });
  return new SimulationFailed({ replication: -1, reason: c.message ?? String(cause) });
};

/**
 * `streamReplications` as an Effect with a progress count (the CLI's form); `workers: 1` starts no workers, and
 * `queue: "redis"` (or SAGSFLOW_QUEUE=redis) runs the replications as jobs for `sagsflow worker` processes.
 */
export const runCaseFlowReplications = (
  inputs: ReadonlyArray<ReplicationInput>,
  options: {
    readonly workers?: number | undefined;
    readonly onProgress?: OnProgress | undefined;
    readonly queue?: string | undefined;
  } = {},
): Effect.Effect<ReadonlyArray<ReplicationKpis>, SimulationFailed | OptionInvalid> => {
  let done = 0;
  const onResult = () => options.onProgress?.(++done, inputs.length);
  const workers = options.workers ?? defaultWorkers();
  const config = queueConfig(process.env, options.queue);
  if (Result.isFailure(config)) {
    const { field, value, reason } = config.failure;
    return Effect.fail(new OptionInvalid({ option: field, value, reason }));
  }
  return Effect.tryPromise({
    // Without a cancel flag the run is never cancelled, so null does not occur.
    try: async () => {
      if (config.success.kind === "local")
        return (await streamReplications(inputs, { workers, onResult })) ?? [];
      const { openRedisReplications } = await import("../queue/redisReplications");
      const replications = await openRedisReplications(config.success);
      try {
        const queue = { replications, runId: `cli-${randomUUID()}` };
        return (await streamReplications(inputs, { workers, onResult, queue })) ?? [];
      } finally {
        await replications.close();
      }
    },
    catch: toFailure,
  });
};
