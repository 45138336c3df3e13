/**
 * Worker-thread side of `runReplications`: imports the replication module once, then runs
 * each input it is sent and posts back `{ index, result }` (or `{ index, error }`).
 */
import { parentPort, workerData } from "node:worker_threads";

interface WorkerSetup {
  readonly moduleUrl: string;
  readonly exportName: string;
}

const port = parentPort;
if (port === null) throw new Error("replicationWorker must run in a worker thread");
const { moduleUrl, exportName } = workerData as WorkerSetup;
const loaded = (await import(moduleUrl)) as Record<string, unknown>;
const run = loaded[exportName];

port.on("message", (message: { index: number; input: unknown }) => {
  if (typeof run !== "function") {
    port.postMessage({
      index: message.index,
      error: `export ${exportName} of ${moduleUrl} is not a function`,
    });
    return;
  }
  try {
    port.postMessage({ index: message.index, result: run(message.input) });
  } catch (cause) {
    port.postMessage({
      index: message.index,
      error: cause instanceof Error ? cause.message : String(cause),
    });
  }
});
port.postMessage({ ready: true });
