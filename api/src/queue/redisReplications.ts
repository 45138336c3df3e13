/**
 * The coordinator's side of the Redis queue: a run's replications are enqueued as blocks (one BullMQ job each) and
 * every replication is reported as its block's KPIs arrive, in finishing order; the result is in input order, so it
 * is the same array the local runner returns. Job ids are the run id and block index: enqueueing a run again (an API
 * restarted mid-run) attaches to the jobs already there, and after Redis restarts without its data the blocks not yet
 * finished are enqueued again, so the run resumes.
 */
import type { ReplicationInput, ReplicationKpis } from "@sagsflow/simulator/model";
import { type Job, Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { type QueueConfig, redisLabel } from "./queueConfig";
import { JOB_NAME, KEEP_FINISHED_SECONDS, REPLICATION_QUEUE } from "./queueNames";
import { type ReplicationBlock, replicationBlocks } from "./replicationBlocks";

export interface StreamRequest {
  /** Names the run's jobs; the same id attaches to a run already queued. */
  readonly runId: string;
  readonly onResult?: ((index: number, kpis: ReplicationKpis) => void) | undefined;
  /** Element 0 set to 1 cancels: blocks not started are withdrawn. */
  readonly cancel?: Int32Array | undefined;
}

export interface QueueDepth {
  readonly waiting: number;
  readonly active: number;
  readonly workers: number;
}

export interface RedisReplications {
  /** Every replication's KPIs in input order, or null when cancelled; rejects when a block fails. */
  readonly stream: (
    inputs: ReadonlyArray<ReplicationInput>,
    request: StreamRequest,
  ) => Promise<ReadonlyArray<ReplicationKpis> | null>;
  /** The Redis URL without credentials. */
  readonly label: string;
  readonly depth: () => Promise<QueueDepth>;
  readonly close: () => Promise<void>;
}

const CANCEL_POLL_MS = 100;
const CONNECT_WITHIN_MS = 10_000;

/** A Redis that is not there at start fails the run at once with its address, instead of waiting forever. */
const connectedWithin = async (ready: Promise<unknown>, ms: number, url: string) => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Redis på ${redisLabel(url)} svarer ikke (REDIS_URL); er redis-server startet?`,
          ),
        ),
      ms,
    );
  });
  try {
    await Promise.race([ready, late]);
  } finally {
    clearTimeout(timer);
  }
};

export const redisConnection = (url: string): Redis =>
  // BullMQ needs commands to wait for a reconnect rather than fail after a few retries.
  new Redis(url, { maxRetriesPerRequest: null });

export const openRedisReplications = async (config: QueueConfig): Promise<RedisReplications> => {
  const connection = redisConnection(config.redisUrl);
  const queue = new Queue<ReplicationBlock, ReadonlyArray<ReplicationKpis>>(REPLICATION_QUEUE, {
    connection,
  });
  // Every job waited for adds a "closing" listener to the queue: many at once is the normal case here.
  queue.setMaxListeners(0);
  const eventConnection = redisConnection(config.redisUrl);
  const events = new QueueEvents(REPLICATION_QUEUE, { connection: eventConnection });
  await connectedWithin(
    Promise.all([queue.waitUntilReady(), events.waitUntilReady()]),
    CONNECT_WITHIN_MS,
    config.redisUrl,
  ).catch(async (e: unknown) => {
    await Promise.all([events.close(), queue.close()]).catch(() => undefined);
    for (const c of [connection, eventConnection]) c.disconnect();
    throw e;
  });
  const onReconnect = new Set<() => void>();
  // Set by `close` (the API shutting down): runs then stay unfinished in the store, for the next API to reattach.
  let closing = false;
  // "ready" follows every reconnect; the first one has already passed.
  connection.on("ready", () => {
    for (const hook of onReconnect) hook();
  });

  const enqueue = (blocks: ReadonlyArray<ReplicationBlock>) =>
    queue.addBulk(
      blocks.map((data) => ({
        name: JOB_NAME,
        data,
        opts: {
          jobId: data.id,
          attempts: 1,
          removeOnComplete: { age: KEEP_FINISHED_SECONDS },
          removeOnFail: { age: KEEP_FINISHED_SECONDS },
        },
      })),
    );

  const stream: RedisReplications["stream"] = async (inputs, request) => {
    const blocks = replicationBlocks(request.runId, inputs, config.blockSize);
    const results = new Array<ReplicationKpis>(inputs.length);
    const pending = new Map(blocks.map((b) => [b.id, b]));
    const cancel = request.cancel;
    let stop: (() => void) | undefined;
    const cancelled = new Promise<null>((resolve) => {
      stop = () => resolve(null);
    });
    const poll = setInterval(() => {
      if (cancel !== undefined && Atomics.load(cancel, 0) === 1) stop?.();
    }, CANCEL_POLL_MS);
    poll.unref();
    const resume = () => void enqueue([...pending.values()]).catch(() => undefined);
    onReconnect.add(resume);
    const waitFor = async (job: Job<ReplicationBlock, ReadonlyArray<ReplicationKpis>>) => {
      const kpis = await job.waitUntilFinished(events).catch((e: Error) => {
        if (closing) return new Promise<never>(() => undefined);
        const b = job.data;
        throw new Error(
          `replikation ${b.first}–${b.first + b.seeds.length - 1} fejlede i køen: ${e.message}`,
        );
      });
      const block = job.data;
      if (!pending.delete(block.id)) return;
      kpis.forEach((k, i) => {
        results[block.first + i] = k;
        request.onResult?.(block.first + i, k);
      });
    };
    // Blocks not yet taken are withdrawn when the run ends early; a block in a worker's hands cannot be and expires.
    const withdrawPending = () =>
      Promise.all([...pending.keys()].map((id) => queue.remove(id).catch(() => 0)));
    try {
      const jobs = await enqueue(blocks);
      const all = Promise.all(jobs.map(waitFor)).then(() => results);
      const outcome = await Promise.race([all, cancelled]).catch(async (e: unknown) => {
        await withdrawPending();
        throw e;
      });
      if (outcome === null) {
        await withdrawPending();
        return null;
      }
      await Promise.all(blocks.map((b) => queue.remove(b.id).catch(() => 0)));
      return outcome;
    } finally {
      clearInterval(poll);
      onReconnect.delete(resume);
    }
  };

  return {
    stream,
    label: redisLabel(config.redisUrl),
    depth: async () => {
      const counts = await queue.getJobCounts("waiting", "active");
      const workers = await queue.getWorkersCount();
      return { waiting: counts.waiting ?? 0, active: counts.active ?? 0, workers };
    },
    close: async () => {
      closing = true;
      await events.close();
      await queue.close();
      await Promise.all([connection, eventConnection].map((c) => c.quit().catch(() => undefined)));
    },
  };
};
