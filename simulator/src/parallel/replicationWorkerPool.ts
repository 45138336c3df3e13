/**
 * A fixed set of worker threads that run `export function <exportName>(input)` from `moduleUrl`, one input per idle
 * thread, for as long as the pool is open: `runReplications` uses one per call, a queue worker (`sagsflow worker`)
 * keeps one for its whole life so that each job does not pay for starting threads and loading the model.
 */
import { Worker } from "node:worker_threads";

export interface ReplicationPool<I, R> {
  /** Resolves with the export's result, or rejects with an Error whose message is the failure's reason. */
  readonly run: (input: I) => Promise<R>;
  /** Terminates the threads; inputs not yet finished are rejected. */
  readonly close: () => Promise<void>;
}

// Node 20 does not apply `--import tsx` hooks to a worker's entry, so the worker registers tsx itself
// before importing the TypeScript entry (works the same under vitest, tsx and plain node).
const TSX_API = import.meta.resolve("tsx/esm/api");
const ENTRY = new URL("./replicationWorker.ts", import.meta.url).href;
const BOOT = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

type Reply = { ready: true } | { index: number; result?: unknown; error?: string };

interface Task<I, R> {
  readonly input: I;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

export const startReplicationPool = <I, R>(options: {
  readonly moduleUrl: string;
  readonly exportName: string;
  readonly workers: number;
}): ReplicationPool<I, R> => {
  const waiting: Array<Task<I, R>> = [];
  const idle: Array<Worker> = [];
  const busy = new Map<Worker, Task<I, R>>();
  const threads: Array<Worker> = [];
  let closed = false;
  let nextIndex = 0;
  const feed = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as Task<I, R>;
      busy.set(worker, task);
      worker.postMessage({ index: nextIndex++, input: task.input });
    }
  };
  const failAll = (error: Error): void => {
    for (const task of [...busy.values(), ...waiting.splice(0)]) task.reject(error);
    busy.clear();
  };
  for (let w = 0; w < Math.max(1, options.workers); w++) {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { ...options, tsx: TSX_API, entry: ENTRY },
    });
    threads.push(worker);
    worker.on("error", (e) => failAll(e));
    worker.on("message", (reply: Reply) => {
      if (!("ready" in reply)) {
        const task = busy.get(worker);
        busy.delete(worker);
        if (reply.error !== undefined) task?.reject(new Error(reply.error));
        else task?.resolve(reply.result as R);
      }
      idle.push(worker);
      feed();
    });
  }
  return {
    run: (input) =>
      closed
        ? Promise.reject(new Error("the replication pool is closed"))
        : new Promise<R>((resolve, reject) => {
            waiting.push({ input, resolve, reject });
            feed();
          }),
    close: async () => {
      closed = true;
      failAll(new Error("the replication pool was closed"));
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
};
