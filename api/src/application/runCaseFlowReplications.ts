/**
 * Runs case-flow replications in worker threads (or in-process with one worker) and reports each finished
 * replication. Results do not depend on the worker count: each replication is a pure function of its input.
 */
import { availableParallelism } from "node:os";
import { BroadcastChannel } from "node:worker_threads";
import { runReplications } from "@sagsflow/simulator/node";
import {
  caseFlowReplication,
  type ReplicationInput,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { SimulationFailed } from "./applicationErrors";
import type { ReportingInput } from "./progressReplicationWorker";

/** Called with the number of finished replications and the total; `done` never decreases. */
export type OnProgress = (done: number, total: number) => void;

export const defaultWorkers = (): number => Math.min(2, availableParallelism());

const WORKER_MODULE = new URL("./progressReplicationWorker.ts", import.meta.url).href;
let channelCount = 0;

const inProcess = async (inputs: ReadonlyArray<ReplicationInput>, onProgress: OnProgress) => {
  const out: ReplicationKpis[] = [];
  for (const input of inputs) {
    out.push(caseFlowReplication(input));
    onProgress(out.length, inputs.length);
    // Yield so that a progress bar on a timer can draw between replications.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
};

const inWorkers = async (
  inputs: ReadonlyArray<ReplicationInput>,
  workers: number,
  onProgress: OnProgress,
) => {
  const channel = `sagsflow-progress-${process.pid}-${++channelCount}`;
  const listener = new BroadcastChannel(channel);
  let done = 0;
  listener.onmessage = () => {
    if (done < inputs.length - 1) onProgress(++done, inputs.length);
  };
  // The listener must not keep the process alive once the replications are done.
  listener.unref();
  try {
    const reporting: ReportingInput[] = inputs.map((input) => ({ channel, input }));
    const results = await runReplications<ReportingInput, ReplicationKpis>({
      moduleUrl: WORKER_MODULE,
      exportName: "caseFlowReplicationReporting",
      inputs: reporting,
      workers,
    });
    onProgress(inputs.length, inputs.length);
    return results;
  } finally {
    listener.close();
  }
};

const toFailure = (cause: unknown): SimulationFailed => {
  const c = cause as { _tag?: string; index?: number; reason?: string; message?: string };
  if (c._tag === "ReplicationFailed")
    return new SimulationFailed({ replication: c.index ?? -1, reason: c.reason ?? "" });
  return new SimulationFailed({ replication: -1, reason: c.message ?? String(cause) });
};

/** Results in input order; `workers: 1` runs in this thread without starting workers. */
export const runCaseFlowReplications = (
  inputs: ReadonlyArray<ReplicationInput>,
  options: {
    readonly workers?: number | undefined;
    readonly onProgress?: OnProgress | undefined;
  } = {},
): Effect.Effect<ReadonlyArray<ReplicationKpis>, SimulationFailed> => {
  const workers = options.workers ?? defaultWorkers();
  const onProgress = options.onProgress ?? (() => undefined);
  return Effect.tryPromise({
    try: () =>
      workers <= 1 ? inProcess(inputs, onProgress) : inWorkers(inputs, workers, onProgress),
    catch: toFailure,
  });
};
