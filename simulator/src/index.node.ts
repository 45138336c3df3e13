/**
 * Node-only entry of @sagsflow/simulator (`@sagsflow/simulator/node`), kept out of the main entry so
 * the dashboard's Web Worker never imports node: modules. Runs `export function <exportName>(input)` from `moduleUrl` once per input in worker threads.
 * Each replication is a pure function of its input (seed included), so results are identical
 * to an in-process loop whatever the worker count; they come back in input order.
 */
import { availableParallelism } from "node:os";
import { Schema } from "effect";
import { sharedReplicationPool } from "./parallel/replicationWorkerPool";

export { builtWorkerModule } from "./parallel/builtWorkerModule";
export {
  type ReplicationPool,
  type ReplicationPoolOptions,
  sharedReplicationPool,
  startReplicationPool,
} from "./parallel/replicationWorkerPool";

export interface RunReplicationsOptions<I> {
  /**
   * Module URL (e.g. `new URL("./model.js", import.meta.url).href`). A `.ts` URL runs its fresh build
   * (`dist/`, see builtWorkerModule) when there is one, else it is compiled through tsx in each thread.
   */
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

/** Resolves with results in input order; rejects with ReplicationFailed for the first failing input. */
export function runReplications<I, R>(options: RunReplicationsOptions<I>): Promise<Array<R>> {
  const { inputs } = options;
  if (inputs.length === 0) return Promise.resolve([]);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), inputs.length));
  // Work is handed out one input at a time, so a slow replication does not idle the other workers; the threads
  // stay up for the next call with the same module.
  const pool = sharedReplicationPool<I, R>({
    moduleUrl: options.moduleUrl,
    exportName: options.exportName,
    workers,
  });
  return Promise.all(
    inputs.map((input, index) =>
      pool.run(input).catch((e: Error) => {
        throw new ReplicationFailed({ index, reason: e.message });
      }),
    ),
  );
}
