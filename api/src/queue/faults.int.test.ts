// Faults on the Redis queue (issue 22 §3): a killed worker's block is taken over, Redis losing its data mid-run
// and an API restarted mid-run all end in the result a local run gives. Every wait is for a condition.
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ComparisonJob, comparisonJob, fileSource } from "../application";
import { streamReplications } from "../application/runCaseFlowReplications";
import { BASELINE, REPO_ROOT, VS_FOER_RASKMELDING } from "../testing/spawnCli";
import { makeTestApp, postJson } from "../testing/testApp";
import type { ComparisonRequested } from "../persistence/apiEvents";
import { loadComparisonRepository } from "../persistence/comparisonRepository";
import { startQueueWorker } from "./queueWorker";
import { openRedisReplications } from "./redisReplications";
import { startTestRedis, type TestRedis } from "./testRedis";
import { spawnWorker } from "./testWorkers";

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
}, 30_000);
afterAll(() => redis?.stop());

const jobOf = (replications: number, cases: number): Promise<ComparisonJob> =>
  Effect.runPromise(
    comparisonJob(
      fileSource,
      [BASELINE, VS_FOER_RASKMELDING].map((f) => ({ scenario: REPO_ROOT + f })),
      { seed: 3, replications, cases },
    ),
  );

describe("faults on the Redis queue", () => {
  it("gives a killed worker's block to another worker (stalled job), with the same result", async () => {
    const job = await jobOf(4, 600);
    const local = JSON.stringify(await streamReplications(job.inputs, { workers: 1 }));
    const short = ["--lock-duration", "1000", "--stalled-interval", "500"];
    const doomed = await spawnWorker(redis.url, short);
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 4,
    });
    try {
      const run = streamReplications(job.inputs, {
        workers: 1,
        queue: { replications, runId: "killed-worker" },
      });
      await doomed.said("tager killed-worker.");
      doomed.child.kill("SIGKILL");
      expect(await doomed.exited).toBeNull();
      const rescuer = await spawnWorker(redis.url, short);
      try {
        expect(JSON.stringify(await run)).toBe(local);
        await rescuer.said("gået i stå, sat i kø igen: killed-worker.");
      } finally {
        rescuer.child.kill("SIGTERM");
        expect(await rescuer.exited).toBe(0);
      }
    } finally {
      await replications.close();
    }
  }, 120_000);

  it("on SIGTERM a worker finishes the block it holds, takes no other and exits 0", async () => {
    const job = await jobOf(2, 600);
    const local = JSON.stringify(await streamReplications(job.inputs, { workers: 1 }));
    const leaving = await spawnWorker(redis.url);
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 2,
    });
    try {
      const run = streamReplications(job.inputs, {
        workers: 1,
        queue: { replications, runId: "graceful" },
      });
      await leaving.said("tager graceful.");
      leaving.child.kill("SIGTERM");
      expect(await leaving.exited).toBe(0);
      expect(leaving.log()).toMatch(/færdig graceful\.\d+/);
      // One block each per scenario: the one it held is done, the other still waits for a worker.
      expect(leaving.log().match(/tager graceful/g)).toHaveLength(1);
      const next = await spawnWorker(redis.url);
      try {
        expect(JSON.stringify(await run)).toBe(local);
      } finally {
        next.child.kill("SIGTERM");
        await next.exited;
      }
    } finally {
      await replications.close();
    }
  }, 120_000);

  it("fails a run whose replication fails, naming the replications, without retrying the block", async () => {
    const lines: string[] = [];
    const worker = startQueueWorker({
      redisUrl: redis.url,
      concurrency: 1,
      log: (line) => lines.push(line),
    });
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 2,
    });
    try {
      // Parameters without arrivals or horizon: the model throws, as a model defect would.
      const params = {} as ModelParams;
      const broken = [1, 2].map((seed) => ({ params, seed }));
      await expect(
        streamReplications(broken, { workers: 1, queue: { replications, runId: "broken" } }),
      ).rejects.toThrow(/replikation 0–1 fejlede i køen/);
      expect(await replications.depth()).toMatchObject({ waiting: 0, active: 0 });
      expect(lines).toEqual(["tager broken.0"]);
    } finally {
      await replications.close();
      await worker.close();
    }
  }, 60_000);

  it("resumes a run after Redis restarts without its data, with the same result", async () => {
    const job = await jobOf(4, 400);
    const local = JSON.stringify(await streamReplications(job.inputs, { workers: 1 }));
    const worker = startQueueWorker({ redisUrl: redis.url, concurrency: 1 });
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 1,
    });
    try {
      let restarted: Promise<void> | undefined;
      const result = await streamReplications(job.inputs, {
        workers: 1,
        onResult: () => {
          restarted ??= redis.restart();
        },
        queue: { replications, runId: "redis-restart" },
      });
      await restarted;
      expect(JSON.stringify(result)).toBe(local);
    } finally {
      await replications.close();
      await worker.close();
    }
  }, 120_000);

  it("reattaches a restarted API to the run it had queued instead of marking it interrupted", async () => {
    const local = await makeTestApp();
    const body = {
      baseline: "baseline",
      variants: ["vs-foer-raskmelding"],
      replications: 3,
      cases: 200,
    };
    const done = await postJson(local.app, "/api/comparisons", body);
    await local.deps.queue.idle();
    const before = (await (
      await local.app.request(done.headers.get("location") as string)
    ).json()) as {
      id: string;
      result: unknown;
    };
    // A request stored without an outcome is what an API process killed mid-run leaves behind.
    const repo = await Effect.runPromise(loadComparisonRepository(local.stores.api));
    const orphan = `${before.id}-orphan`;
    await Effect.runPromise(
      repo.request({ ...(repo.list()[0]?.request as ComparisonRequested), comparisonId: orphan }),
    );
    const replications = await openRedisReplications({
      kind: "redis",
      redisUrl: redis.url,
      blockSize: 2,
    });
    const restarted = await makeTestApp({ stores: local.stores, replications });
    try {
      const taken = await (await restarted.app.request(`/api/comparisons/${orphan}`)).json();
      expect(taken).toMatchObject({ status: "running" });
      const health = (await (await restarted.app.request("/health")).json()) as {
        replicationQueue: { backend: string; waiting: number };
      };
      // The run's blocks wait on Redis for a worker: 2 scenarios × 3 replications in blocks of 2.
      expect(health.replicationQueue).toMatchObject({ backend: "redis", waiting: 4 });
      const worker = startQueueWorker({ redisUrl: redis.url, concurrency: 2 });
      try {
        await restarted.deps.queue.idle();
      } finally {
        await worker.close();
      }
      const after = (await (await restarted.app.request(`/api/comparisons/${orphan}`)).json()) as {
        status: string;
        result: { id: string };
      };
      expect(after.status).toBe("completed");
      // The result names its run; everything else is the local run's.
      expect({ ...after.result, id: before.id }).toEqual(before.result);
    } finally {
      await replications.close();
    }
  }, 120_000);
});
