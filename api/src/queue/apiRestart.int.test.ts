// The API process stopped mid-run (SIGTERM, as in a redeploy) and started again reattaches to the comparison it had
// queued on Redis: the run completes under its own id with the result an in-process local run gives (issue 22 §3).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvents, startServerProcess } from "../server/serverProcess";
import { makeTestApp, postJson } from "../testing/testApp";
import { startTestRedis, type TestRedis } from "./testRedis";
import { spawnWorker } from "./testWorkers";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-scaleout-"));
let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
}, 30_000);
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const body = {
  baseline: "baseline",
  variants: ["vs-foer-raskmelding"],
  replications: 4,
  cases: 300,
};
type View = { status: string; result: { baseline: unknown; variants: unknown } };

describe("an API restarted mid-run on the Redis queue", () => {
  it("reattaches to its queued comparison and finishes it with the local result", async () => {
    const local = await makeTestApp();
    const done = await postJson(local.app, "/api/comparisons", body);
    await local.deps.queue.idle();
    const expected = (await (
      await local.app.request(done.headers.get("location") as string)
    ).json()) as View;

    const env = {
      SAGSFLOW_STORE: "sqlite",
      SAGSFLOW_DB: join(dir, "sagsflow.db"),
      SAGSFLOW_QUEUE: "redis",
      REDIS_URL: redis.url,
      SAGSFLOW_QUEUE_BLOCK: "1",
    };
    const worker = await spawnWorker(redis.url);
    try {
      const first = await startServerProcess(env);
      const res = await fetch(`${first.url}/api/comparisons`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(202);
      const run = res.headers.get("location") as string;
      await readEvents(await fetch(`${first.url}${run}/events`), (e) => e === "partial");
      const exited = new Promise((resolve) => first.child.once("exit", resolve));
      first.child.kill("SIGTERM");
      await exited;

      const second = await startServerProcess(env);
      try {
        const taken = (await (await fetch(`${second.url}${run}`)).json()) as View;
        expect(taken.status).not.toBe("interrupted");
        await readEvents(await fetch(`${second.url}${run}/events`), (e) => e === "done");
        const view = (await (await fetch(`${second.url}${run}`)).json()) as View;
        expect(view.status).toBe("completed");
        expect(view.result.baseline).toEqual(expected.result.baseline);
        expect(view.result.variants).toEqual(expected.result.variants);
      } finally {
        const gone = new Promise((resolve) => second.child.once("exit", resolve));
        second.child.kill("SIGTERM");
        await gone;
      }
    } finally {
      worker.child.kill("SIGTERM");
      await worker.exited;
    }
  }, 120_000);
});
