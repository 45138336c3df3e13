/**
 * The worker side of the Redis queue (`sagsflow worker`): takes replication blocks from BullMQ, runs each
 * replication in a pool of worker threads with the same simulator function as a local run, and returns the
 * block's KPIs. The main thread only talks to Redis, so job locks are renewed while replications compute; a worker
 * that dies loses its locks and BullMQ's stalled-job check hands its blocks to another worker.
 */
import type { ReplicationInput, ReplicationKpis } from "@sagsflow/simulator/model";
import { startReplicationPool } from "@sagsflow/simulator/node";
import { Worker } from "bullmq";
import { JOB_NAME, KEEP_FINISHED_SECONDS, REPLICATION_QUEUE } from "./queueNames";
import type { ReplicationBlock } from "./replicationBlocks";
import { redisConnection } from "./redisReplications";

export interface QueueWorkerOptions {
  readonly redisUrl: string;
  /** Blocks taken at once, and worker threads. */
  readonly concurrency: number;
  /** How long a job stays locked without renewal before another worker may take it (BullMQ default 30 s). */
  readonly lockDuration?: number | undefined;
  /** How often this worker looks for stalled jobs (BullMQ default 30 s). */
  readonly stalledInterval?: number | undefined;
  /** One line per job taken, finished or found stalled (job ids only). */
  readonly log?: ((line: string) => void) | undefined;
}

export interface QueueWorker {
  /** Resolves once connected and taking jobs. */
  readonly ready: Promise<void>;
  /** Finishes the blocks in hand, then stops (SIGTERM); takes no new ones meanwhile. */
  readonly close: () => Promise<void>;
}

const MODEL = import.meta.resolve("@sagsflow/simulator/model");

export const startQueueWorker = (options: QueueWorkerOptions): QueueWorker => {
  const concurrency = Math.max(1, options.concurrency);
  const pool = startReplicationPool<ReplicationInput, ReplicationKpis>({
    moduleUrl: MODEL,
    exportName: "caseFlowReplication",
    workers: concurrency,
  });
  const connection = redisConnection(options.redisUrl);
  const worker = new Worker<ReplicationBlock, ReadonlyArray<ReplicationKpis>>(
    REPLICATION_QUEUE,
    async (job) => {
      if (job.name !== JOB_NAME) throw new Error(`ukendt jobtype ${job.name}`);
      const { params, seeds } = job.data;
      return Promise.all(seeds.map((seed) => pool.run({ params, seed })));
    },
    {
      connection,
      concurrency,
      // A stalled block is only ever recomputed (same seeds, same KPIs), so a few retries cost time, not answers.
      maxStalledCount: 3,
      removeOnComplete: { age: KEEP_FINISHED_SECONDS },
      ...(options.lockDuration === undefined ? {} : { lockDuration: options.lockDuration }),
      ...(options.stalledInterval === undefined
        ? {}
        : { stalledInterval: options.stalledInterval }),
    },
  );
  const log = options.log ?? (() => undefined);
  worker.on("active", (job) => log(`tager ${job.id}`));
  worker.on("completed", (job) => log(`færdig ${job.id}`));
  worker.on("stalled", (jobId) => log(`gået i stå, sat i kø igen: ${jobId}`));
  // Connection errors are retried by ioredis; they must not end the process.
  worker.on("error", () => undefined);
  return {
    ready: worker.waitUntilReady().then(() => undefined),
    close: async () => {
      await worker.close();
      await pool.close();
      await connection.quit().catch(() => undefined);
    },
  };
};
