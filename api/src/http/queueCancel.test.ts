import { describe, expect, it } from "vitest";
import { makeRunQueue } from "../server/runQueue";
import { makeTestApp, postJson } from "../testing/testApp";

describe("cancelling frees the queue slot at once", () => {
  it("9 queued, all cancelled: the next POST is 202, not 429", async () => {
    const t = await makeTestApp({ config: { concurrency: 1, maxWaiting: 8 } });
    const body = { baseline: "baseline", variants: [], replications: 20, cases: 200, seed: 3 };
    const locations: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await postJson(t.app, "/api/comparisons", body);
      expect(res.status).toBe(202);
      locations.push(res.headers.get("location") as string);
    }
    expect((await postJson(t.app, "/api/comparisons", body)).status).toBe(429);
    for (const location of locations) {
      const res = await t.app.request(location, { method: "DELETE" });
      expect(res.status).toBe(200);
    }
    expect(t.deps.queue.stats().waiting).toBe(0);
    const next = await postJson(t.app, "/api/comparisons", body);
    expect(next.status).toBe(202);
    await t.app.request(next.headers.get("location") as string, { method: "DELETE" });
    await t.deps.queue.idle();
    const statuses = await Promise.all(
      locations.map(
        async (l) => ((await (await t.app.request(l)).json()) as { status: string }).status,
      ),
    );
    expect(new Set(statuses)).toEqual(new Set(["cancelled"]));
  }, 120_000);
});

describe("runQueue.withdraw", () => {
  it("removes a waiting task, leaves a running one, and settles idle", async () => {
    const queue = makeRunQueue({ concurrency: 1, maxWaiting: 1 });
    let release: () => void = () => undefined;
    const ran: string[] = [];
    queue.offer(
      () =>
        new Promise<void>((r) => {
          ran.push("a");
          release = r;
        }),
      "a",
    );
    queue.offer(async () => {
      ran.push("b");
    }, "b");
    expect(queue.hasRoom()).toBe(false);
    expect(queue.withdraw("a")).toBe(false);
    expect(queue.withdraw("b")).toBe(true);
    expect(queue.hasRoom()).toBe(true);
    release();
    await queue.idle();
    expect(ran).toEqual(["a"]);
  });
});
