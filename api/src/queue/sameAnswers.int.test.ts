// A comparison gives byte-identical output locally, on one queue worker and on two worker processes (issue 22 §2).
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparisonJob, fileSource } from "../application";
import { streamReplications } from "../application/runCaseFlowReplications";
import { BASELINE, REPO_ROOT, SMALL, spawnCli, VS_FOER_RASKMELDING } from "../testing/spawnCli";
import { startQueueWorker } from "./queueWorker";
import { openRedisReplications } from "./redisReplications";
import { startTestRedis, type TestRedis } from "./testRedis";
import { spawnWorker } from "./testWorkers";

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
}, 30_000);
afterAll(() => redis?.stop());

describe("the Redis queue gives the same answers as one machine", () => {
  it("streams every replication once, in input order, equal to the local runner (1 in-process worker)", async () => {
    const job = await Effect.runPromise(
      comparisonJob(
        fileSource,
        [BASELINE, VS_FOER_RASKMELDING].map((f) => ({ scenario: REPO_ROOT + f })),
        {
          seed: 11,
          replications: 4,
          cases: 200,
        },
      ),
    );
    const local = await streamReplications(job.inputs, { workers: 1 });
    const worker = startQueueWorker({ redisUrl: redis.url, concurrency: 1 });
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 3,
    });
    try {
      const seen: number[] = [];
      const queued = await streamReplications(job.inputs, {
        workers: 1,
        onResult: (index) => seen.push(index),
        queue: { replications, runId: "same-answers-1" },
      });
      expect(JSON.stringify(queued)).toBe(JSON.stringify(local));
      expect([...seen].sort((a, b) => a - b)).toEqual(job.inputs.map((_, i) => i));
      // Blocks of 3 within each scenario of 4 replications: 3 + 1 per scenario.
      expect(await replications.depth()).toMatchObject({ waiting: 0, active: 0 });
    } finally {
      await replications.close();
      await worker.close();
    }
  }, 60_000);

  it("prints the same compare JSON locally and through two `sagsflow worker` processes", async () => {
    const args = ["compare", BASELINE, VS_FOER_RASKMELDING, "--seed", "5", ...SMALL, "--json"];
    const workers = await Promise.all([spawnWorker(redis.url), spawnWorker(redis.url)]);
    try {
      const [local, queued] = await Promise.all([
        spawnCli([...args, "--workers", "1"]),
        spawnCli([...args, "--queue", "redis"], {
          REDIS_URL: redis.url,
          SAGSFLOW_QUEUE_BLOCK: "1",
        }),
      ]);
      expect(queued.stderr).toBe("");
      expect(queued.code).toBe(0);
      expect(local.code).toBe(0);
      expect(queued.stdout).toBe(local.stdout);
      expect(queued.stdout).toContain('"replications": 3');
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
      const codes = await Promise.all(workers.map((w) => w.exited));
      // Graceful shutdown: each worker finishes what it holds and exits 0 on SIGTERM.
      expect(codes).toEqual([0, 0]);
    }
  }, 120_000);
});
