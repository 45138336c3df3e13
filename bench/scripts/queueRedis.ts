/**
 * Scale-out through Redis (issue 22 §5): a 2 scenarios × 30 replications × 5,000 cases comparison run locally
 * (2 worker threads) and through BullMQ with 2 `sagsflow worker` processes on this machine (same 2 cores), each
 * already started, as a deployed fleet would be. Prints `queue.redis.overhead` (time ratio, target ≤ 1.15), jobs and
 * replications per second, the core-seconds per replication, and the projected time of a 98-kommune × 4-variant ×
 * 30-replication study on N machines. Checks the two results are identical.
 */
import { join } from "node:path";
import { openRedisReplications, spawnWorker, startTestRedis } from "@sagsflow/api/queue";
import { streamReplications } from "@sagsflow/api/runner";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { type ModelParams, replicationInputs } from "@sagsflow/simulator/model";
import { Result } from "effect";

const CASES = 5000;
const REPLICATIONS = 30;
const BLOCK = 5;
const WORKERS = 2;

const load = (file: string): ModelParams => {
  const r = loadScenario(join(LIBRARY_DIR, file));
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  const p = r.success.params;
  return { ...p, horizon: { ...p.horizon, maxCases: CASES } };
};
const inputs = ["baseline.yaml", "vs-foer-raskmelding.yaml"].flatMap((f) =>
  replicationInputs(load(f), 1, REPLICATIONS),
);
const seconds = async (run: () => Promise<unknown>): Promise<[number, unknown]> => {
  const start = process.hrtime.bigint();
  const out = await run();
  return [Number(process.hrtime.bigint() - start) / 1e9, out];
};
const line = (name: string, value: number, unit: string, target: number, lowerIsBetter: boolean) =>
  console.log(
    `BENCH ${name} ${value.toFixed(2)} ${unit} target ${Number(target.toFixed(2))} ratio ${(lowerIsBetter ? target / value : value / target).toFixed(2)}`,
  );

const redis = await startTestRedis();
const workers = await Promise.all(
  Array.from({ length: WORKERS }, () => spawnWorker(redis.url, ["--concurrency", "1"])),
);
const replications = await openRedisReplications({
  kind: "redis",
  redisUrl: redis.url,
  blockSize: BLOCK,
});
try {
  const [local, localOut] = await seconds(() => streamReplications(inputs, { workers: WORKERS }));
  const [queued, queuedOut] = await seconds(() =>
    streamReplications(inputs, { workers: WORKERS, queue: { replications, runId: "bench" } }),
  );
  if (JSON.stringify(localOut) !== JSON.stringify(queuedOut))
    throw new Error("the Redis run's KPIs differ from the local run's");
  const jobs = Math.ceil(REPLICATIONS / BLOCK) * 2;
  console.log(
    `local ${local.toFixed(1)} s, redis ${queued.toFixed(1)} s (${jobs} jobs of ${BLOCK} replications, ${WORKERS} workers)`,
  );
  line("queue.redis.overhead", queued / local, "x", 1.15, true);
  line("queue.redis.jobsPerSecond", jobs / queued, "jobs/s", jobs / local / 1.15, false);
  const perReplication = (queued * WORKERS) / inputs.length;
  console.log(`queue.redis.coreSecondsPerReplication ${perReplication.toFixed(2)} s`);
  // 98 kommuner × (baseline + 3 variants) × 30 replications, one core per worker, 2 cores per machine.
  const study = 98 * 4 * 30;
  for (const machines of [1, 4, 16, 49]) {
    const hours = (study * perReplication) / (machines * 2) / 3600;
    console.log(
      `queue.redis.projection ${machines} machine(s) × 2 cores: ${study} replications in ${hours.toFixed(2)} h`,
    );
  }
} finally {
  await replications.close();
  for (const w of workers) w.child.kill("SIGTERM");
  await Promise.all(workers.map((w) => w.exited));
  await redis.stop();
}
