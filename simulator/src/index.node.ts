/**
 * Node-only entry of @sagsflow/simulator (`@sagsflow/simulator/node`), kept out of the main entry so
 * the dashboard's Web Worker never imports node: modules. Runs `export function <exportName>(input)` from `moduleUrl` once per input in worker threads.
 * Each replication is a pure function of its input (seed included), so results are identical
 * to an in-process loop whatever the worker count; they come back in input order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Schema } from "effect";

export interface RunReplicationsOptions<I> {
  /** Module URL (e.g. `new URL("./model.ts", import.meta.url).href`); TypeScript is loaded through tsx. */
  readonly moduleUrl: string;
  readonly exportName: string;
  /** Structured-clone-able inputs, one per replication. */
  readonly inputs: ReadonlyArray<I>;
  /** Worker threads; default min(inputs, available cores). */
  readonly workers?: number;
}

export class ReplicationFailed extends Schema.TaggedError<ReplicationFailed>()(
  "ReplicationFailed",
  {
    index: Schema.Number,
    reason: Schema.String,
  },
) {
  override get message(): string {
    return `replication ${this.index} failed: ${this.reason}`;
  }
}

// Node 20 does not apply `--import tsx` hooks to a worker's entry, so the worker registers tsx itself
// before importing the TypeScript entry (works the same under vitest, tsx and plain node).
const TSX_API = import.meta.resolve("tsx/esm/api");
const ENTRY = new URL("./parallel/replicationWorker.ts", import.meta.url).href;
const BOOT = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

type Reply = { ready: true } | { index: number; result?: unknown; error?: string };

/** Resolves with results in input order; rejects with ReplicationFailed for the first failing input. */
export function runReplications<I, R>(options: RunReplicationsOptions<I>): Promise<Array<R>> {
  const { inputs } = options;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), inputs.length));
  const results = new Array<R>(inputs.length);
  if (inputs.length === 0) return Promise.resolve(results);
  let next = 0;
  let done = 0;
  const workers: Array<Worker> = [];
  const finish = (): Promise<void> =>
    Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
  return new Promise<Array<R>>((resolve, reject) => {
    const fail = (error: ReplicationFailed): void => void finish().then(() => reject(error));
    // Work is handed out one input at a time, so a slow replication does not idle the other workers.
    const feed = (worker: Worker): void => {
      if (next < inputs.length) worker.postMessage({ index: next, input: inputs[next++] });
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(BOOT, {
        eval: true,
        workerData: {
          moduleUrl: options.moduleUrl,
          exportName: options.exportName,
          tsx: TSX_API,
          entry: ENTRY,
        },
      });
      workers.push(worker);
      worker.on("error", (e) => fail(new ReplicationFailed({ index: -1, reason: e.message })));
      worker.on("message", (reply: Reply) => {
        if ("ready" in reply) return feed(worker);
        if (reply.error !== undefined)
          return fail(new ReplicationFailed({ index: reply.index, reason: reply.error }));
        results[reply.index] = reply.result as R;
        if (++done === inputs.length) void finish().then(() => resolve(results));
        else feed(worker);
      });
    }
  });
}
