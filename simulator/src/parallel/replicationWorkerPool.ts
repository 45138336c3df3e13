/**
 * A fixed set of worker threads that run `export function <exportName>(input)` from `moduleUrl`, one input per idle
 * thread, for as long as the pool is open. Threads load built JavaScript (`builtWorkerModule`) and start in a
 * fraction of a second; only a TypeScript module without a fresh build is compiled through tsx in each thread.
 * Idle threads do not keep the process alive, so a pool can be kept and reused (`sharedReplicationPool`).
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { builtWorkerModule, packageRoot } from "./builtWorkerModule";

export interface ReplicationPool<I, R> {
  /** Resolves with the export's result, or rejects with an Error whose message is the failure's reason. */
  readonly run: (input: I) => Promise<R>;
  /** Terminates the threads; inputs not yet finished are rejected. */
  readonly close: () => Promise<void>;
  /** False once closed or once a thread has died. */
  readonly isOpen: () => boolean;
}

export interface ReplicationPoolOptions {
  readonly moduleUrl: string;
  readonly exportName: string;
  readonly workers: number;
}

type Reply = { ready: true } | { index: number; result?: unknown; error?: string };

interface Task<I, R> {
  readonly input: I;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

const startThread = (moduleUrl: string, exportName: string): Worker => {
  const root = packageRoot(fileURLToPath(import.meta.url)) as string;
  const entrySource = pathToFileURL(`${root}/src/parallel/replicationWorker.ts`).href;
  const entry = builtWorkerModule(entrySource);
  const built = /\.[mc]?tsx?$/.test(moduleUrl) ? builtWorkerModule(moduleUrl) : moduleUrl;
  if (entry !== null && built !== null) {
    // Built code resolves the workspace packages to their builds: no source condition, no tsx loader.
    const nodeOptions = (process.env.NODE_OPTIONS ?? "").replace(/--conditions[= ]\S+|-C \S+/g, "");
    return new Worker(new URL(entry), {
      workerData: { moduleUrl: built, exportName },
      execArgv: [],
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
  }
  // Node 20 does not apply `--import tsx` hooks to a worker's entry, so the worker registers tsx itself before
  // importing the TypeScript entry; the sources of workspace packages are found by the "development" condition.
  const boot = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;
  let tsx: string;
  try {
    tsx = import.meta.resolve("tsx/esm/api");
  } catch {
    throw new Error(
      `${moduleUrl} is TypeScript without a fresh build and tsx is not installed: pass a .js module`,
    );
  }
  return new Worker(boot, {
    eval: true,
    workerData: {
      moduleUrl,
      exportName,
      tsx,
      entry: entrySource,
    },
    execArgv: [...process.execArgv, "--conditions=development"],
  });
};

export const startReplicationPool = <I, R>(
  options: ReplicationPoolOptions,
): ReplicationPool<I, R> => {
  const waiting: Array<Task<I, R>> = [];
  const idle: Array<Worker> = [];
  const busy = new Map<Worker, Task<I, R>>();
  const threads: Array<Worker> = [];
  let open = true;
  let nextIndex = 0;
  const feed = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as Task<I, R>;
      busy.set(worker, task);
      worker.ref();
      worker.postMessage({ index: nextIndex++, input: task.input });
    }
  };
  const failAll = (error: Error): void => {
    open = false;
    for (const task of [...busy.values(), ...waiting.splice(0)]) task.reject(error);
    busy.clear();
  };
  for (let w = 0; w < Math.max(1, options.workers); w++) {
    const worker = startThread(options.moduleUrl, options.exportName);
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
      // An idle thread must not be what keeps the process alive; a busy one must (its caller awaits it).
      worker.unref();
      feed();
    });
  }
  return {
    run: (input) =>
      open
        ? new Promise<R>((resolve, reject) => {
            waiting.push({ input, resolve, reject });
            feed();
          })
        : Promise.reject(new Error("the replication pool is closed")),
    close: async () => {
      failAll(new Error("the replication pool was closed"));
      await Promise.all(threads.map((t) => t.terminate()));
    },
    isOpen: () => open,
  };
};

const shared = new Map<string, ReplicationPool<unknown, unknown>>();

/**
 * One pool per (module, export, thread count), started on first use and reused by later calls, so that a server or
 * a benchmark pays for starting threads and loading the model once, not per run.
 */
export const sharedReplicationPool = <I, R>(
  options: ReplicationPoolOptions,
): ReplicationPool<I, R> => {
  const key = `${options.moduleUrl}#${options.exportName}#${options.workers}`;
  let pool = shared.get(key);
  if (pool === undefined || !pool.isOpen()) {
    pool = startReplicationPool(options);
    shared.set(key, pool);
  }
  return pool as ReplicationPool<I, R>;
};
