import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";
import type { ComparisonRequested } from "./apiEvents";
import { loadComparisonRepository } from "./comparisonRepository";

const variant =
  "schemaVersion: 1\nid: cv-uge-6\nname: CV i uge 6\nextends: baseline.yaml\nlevers:\n  earlyCvWeek: 6\n";

describe("restart over the same store", () => {
  it("keeps saved scenarios and finished comparisons with identical results; marks unfinished runs interrupted", async () => {
    const first = await makeTestApp();
    await postJson(first.app, "/api/scenarios", { yaml: variant });
    const done = await postJson(first.app, "/api/comparisons", {
      baseline: "baseline",
      variants: ["cv-uge-6"],
      replications: 2,
      cases: 200,
    });
    await first.deps.queue.idle();
    const before = await (await first.app.request(done.headers.get("location") as string)).json();
    // A request stored without an outcome is what a crash mid-run leaves behind.
    const repo = await Effect.runPromise(loadComparisonRepository(first.stores.api));
    const orphan = (before as { id: string }).id.replace(/\d+$/, "999");
    await Effect.runPromise(
      repo.request({ ...(repo.list()[0]?.request as ComparisonRequested), comparisonId: orphan }),
    );

    const second = await makeTestApp({ stores: first.stores });
    expect(second.deps.catalog.get("cv-uge-6")).toMatchObject({ version: 1, source: "saved" });
    expect(await (await second.app.request(done.headers.get("location") as string)).json()).toEqual(
      before,
    );
    const interrupted = (await (await second.app.request(`/api/comparisons/${orphan}`)).json()) as {
      status: string;
    };
    expect(interrupted.status).toBe("interrupted");
    const rerun = await second.app.request(`/api/comparisons/${orphan}/rerun`, { method: "POST" });
    await second.deps.queue.idle();
    const again = (await (
      await second.app.request(rerun.headers.get("location") as string)
    ).json()) as { result: { baseline: unknown } };
    expect(again.result.baseline).toEqual(
      (before as { result: { baseline: unknown } }).result.baseline,
    );
  }, 30_000);
});
