import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readEvents, startServerProcess } from "./serverProcess";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-api-int-"));
const env = { SAGSFLOW_STORE: "sqlite", SAGSFLOW_DB: join(dir, "sagsflow.db") };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const exited = (child: import("node:child_process").ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once("exit", () => resolve()),
  );

describe("the server on loopback", () => {
  it("runs the acceptance flow: health, openapi, POST a comparison, follow its SSE stream, GET its result", async () => {
    const { url, child } = await startServerProcess(env);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(((await (await fetch(`${url}/health`)).json()) as { status: string }).status).toBe(
        "ok",
      );
      expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
      const res = await post(`${url}/api/comparisons`, {
        baseline: "baseline",
        variants: ["early-cv"],
        replications: 2,
        cases: 200,
      });
      expect(res.status).toBe(202);
      const location = res.headers.get("location") as string;
      const events = await readEvents(await fetch(`${url}${location}/events`), (e) => e === "done");
      expect(events).toContain("progress");
      expect(events.at(-1)).toBe("done");
      const view = (await (await fetch(`${url}${location}`)).json()) as {
        status: string;
        result: { variants: unknown[] };
      };
      expect(view.status).toBe("completed");
      expect(view.result.variants).toHaveLength(1);
    } finally {
      child.kill("SIGTERM");
      await exited(child);
    }
  }, 60_000);

  it("survives a crash mid-run: the run is interrupted, earlier work is intact, a re-run gives the same result", async () => {
    const first = await startServerProcess(env);
    const yaml =
      "schemaVersion: 1\nid: cv-uge-6\nname: CV i uge 6\nextends: baseline.yaml\nlevers:\n  earlyCvWeek: 6\n";
    expect((await post(`${first.url}/api/scenarios`, { yaml })).status).toBe(201);
    const finishedRes = await post(`${first.url}/api/comparisons`, {
      baseline: "baseline",
      variants: ["cv-uge-6"],
      replications: 2,
      cases: 200,
    });
    const finished = finishedRes.headers.get("location") as string;
    await readEvents(await fetch(`${first.url}${finished}/events`), (e) => e === "done");
    const before = await (await fetch(`${first.url}${finished}`)).json();
    const long = await post(`${first.url}/api/comparisons`, {
      baseline: "baseline",
      variants: [],
      replications: 40,
      cases: 400,
    });
    const running = long.headers.get("location") as string;
    await readEvents(await fetch(`${first.url}${running}/events`), (e) => e === "partial");
    first.child.kill("SIGKILL");
    await exited(first.child);

    const second = await startServerProcess(env);
    try {
      const interrupted = (await (await fetch(`${second.url}${running}`)).json()) as {
        status: string;
      };
      expect(interrupted.status).toBe("interrupted");
      expect(await (await fetch(`${second.url}${finished}`)).json()).toEqual(before);
      const saved = (await (await fetch(`${second.url}/api/scenarios/cv-uge-6`)).json()) as {
        version: number;
      };
      expect(saved.version).toBe(1);
      const rerun = await fetch(`${second.url}${finished}/rerun`, { method: "POST" });
      const again = rerun.headers.get("location") as string;
      await readEvents(await fetch(`${second.url}${again}/events`), (e) => e === "done");
      const result = (await (await fetch(`${second.url}${again}`)).json()) as {
        result: { baseline: unknown; variants: unknown };
      };
      const old = before as typeof result;
      expect(result.result.baseline).toEqual(old.result.baseline);
      expect(result.result.variants).toEqual(old.result.variants);
    } finally {
      second.child.kill("SIGTERM");
      await exited(second.child);
    }
  }, 90_000);
});
