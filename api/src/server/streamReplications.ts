/**
 * Runs replications and reports each one's KPIs as it finishes, in worker threads or (workers = 1) in this thread.
 * Cancelling stops work that has not started; results are a pure function of the inputs either way.
 */
import { BroadcastChannel } from "node:worker_threads";
import { runReplications } from "@sagsflow/simulator/node";
import {
  caseFlowReplication,
  type ReplicationInput,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";
import type { StreamingInput } from "./comparisonReplicationWorker";

export interface StreamOptions {
  readonly workers: number;
  readonly onResult: (index: number, kpis: ReplicationKpis) => void;
  /** Set element 0 to 1 to cancel. */
  readonly cancel: Int32Array;
}

const WORKER_MODULE = new URL("./comparisonReplicationWorker.ts", import.meta.url).href;
let channelCount = 0;

/** Resolves with every replication's KPIs in input order, or null when cancelled. */
export const streamReplications = async (
  inputs: ReadonlyArray<ReplicationInput>,
  options: StreamOptions,
): Promise<ReadonlyArray<ReplicationKpis> | null> => {
  const cancelled = () => Atomics.load(options.cancel, 0) === 1;
  if (options.workers <= 1) {
    const out: ReplicationKpis[] = [];
    for (const [index, input] of inputs.entries()) {
      // Yield first so that HTTP requests are served between replications on the main thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (cancelled()) return null;
      const kpis = caseFlowReplication(input);
      out.push(kpis);
      options.onResult(index, kpis);
    }
    return out;
  }
  const channel = `sagsflow-api-${process.pid}-${++channelCount}`;
  const listener = new BroadcastChannel(channel);
  const seen = new Set<number>();
  listener.onmessage = (m) => {
    const { index, kpis } = (m as { data: { index: number; kpis: ReplicationKpis } }).data;
    if (!seen.has(index) && !cancelled()) {
      seen.add(index);
      options.onResult(index, kpis);
    }
  };
  listener.unref();
  try {
    const results = await runReplications<StreamingInput, ReplicationKpis | null>({
      moduleUrl: WORKER_MODULE,
      exportName: "comparisonReplication",
      inputs: inputs.map((input, index) => ({ channel, index, input, cancel: options.cancel })),
      workers: options.workers,
    });
    if (cancelled() || results.some((r) => r === null)) return null;
    // Report any replication whose channel message had not arrived before the pool finished.
    results.forEach((kpis, index) => {
      if (!seen.has(index) && kpis !== null) options.onResult(index, kpis);
    });
    return results as ReadonlyArray<ReplicationKpis>;
  } finally {
    listener.close();
  }
};
