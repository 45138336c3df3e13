import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

// biome-ignore lint/suspicious/noExplicitAny: the tests read nested response JSON by path
type Json = any;

const small = { replications: 2, cases: 200, seed: 7 };

type View = { id: string; status: string; result?: Record<string, unknown>; createdAt: string };

const finished = async (
  t: Awaited<ReturnType<typeof makeTestApp>>,
  res: Response,
): Promise<View> => {
  expect(res.status).toBe(202);
  const location = res.headers.get("location") as string;
  expect(location).toMatch(/^\/api\/comparisons\/c\d+$/);
  await t.deps.queue.idle();
  return (await (await t.app.request(location)).json()) as View;
};

describe("comparison routes", () => {
  it("runs a comparison to the CLI compare --json contract plus id, status, createdAt and parameters", async () => {
    const t = await makeTestApp();
    const view = await finished(
      t,
      await postJson(t.app, "/api/comparisons", {
        baseline: "baseline",
        variants: ["early-cv"],
        ...small,
      }),
    );
    expect(view.status).toBe("completed");
    const result = view.result as Json;
    expect(result).toMatchObject({
      schemaVersion: 1,
      id: view.id,
      status: "completed",
      createdAt: "2026-01-05T09:00:00.000Z",
    });
    expect(result.baseline).toMatchObject({
      scenario: "baseline",
      seed: 7,
      replications: 2,
      cases: 200,
    });
    expect(result.baseline.kpis.rettidighed.unit).toBe("andel");
    expect(result.variants[0]).toMatchObject({ scenario: "early-cv" });
    expect(Object.keys(result.variants[0].difference)).toContain("weeksOnYdelse");
    expect(result.replicationValues[1].values).toHaveLength(2);
    expect(result.parameters).toMatchObject({ baseline: "baseline", variants: ["early-cv"] });
  }, 30_000);

  it("re-running with the same seeds gives the same result", async () => {
    const t = await makeTestApp();
    const first = await finished(
      t,
      await postJson(t.app, "/api/comparisons", { baseline: "baseline", variants: [], ...small }),
    );
    const again = await finished(
      t,
      await t.app.request(`/api/comparisons/${first.id}/rerun`, { method: "POST" }),
    );
    const strip = (v: View) => ({ ...v.result, id: undefined });
    expect(again.id).not.toBe(first.id);
    expect(strip(again)).toEqual(strip(first));
  }, 30_000);

  it("streams progress, partial KPIs and done as Server-Sent Events", async () => {
    const t = await makeTestApp();
    const res = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: [],
      ...small,
    });
    const stream = await t.app.request(`${res.headers.get("location")}/events`);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await stream.text();
    expect(text).toContain("event: progress");
    expect(text).toContain("event: partial");
    expect(text).toMatch(/event: done\ndata: \{"type":"done","status":"completed"\}/);
  }, 30_000);

  it("answers bad run requests with problem+json naming the field", async () => {
    const t = await makeTestApp();
    const unknown = await postJson(t.app, "/api/comparisons", {
      baseline: "findes-ikke",
      variants: [],
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ field: "baseline", value: "findes-ikke" });
    const unknownVariant = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: ["early-cv", "findes-heller-ikke"],
    });
    expect(unknownVariant.status).toBe(404);
    expect(await unknownVariant.json()).toMatchObject({
      field: "variants[1]",
      value: "findes-heller-ikke",
    });
    const wrongType = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: [],
      replications: "ti",
    });
    expect(wrongType.status).toBe(422);
    expect(await wrongType.json()).toMatchObject({ field: "replications", value: '"ti"' });
    const tooBig = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: [],
      replications: 100,
      cases: 1000,
    });
    expect(tooBig.status).toBe(422);
    expect(await tooBig.json()).toMatchObject({ field: "cases × replications", value: "100000" });
    expect((await postJson(t.app, "/api/comparisons", "{")).status).toBe(400);
    expect(t.deps.comparisonRepository.list()).toHaveLength(0);
    expect((await t.app.request("/api/comparisons/c999")).status).toBe(404);
  });

  it("refuses runs with 429 and Retry-After when the queue is full, storing nothing", async () => {
    const t = await makeTestApp({ config: { maxWaiting: 0 } });
    const body = { baseline: "baseline", variants: [], ...small };
    expect((await postJson(t.app, "/api/comparisons", body)).status).toBe(202);
    const refused = await postJson(t.app, "/api/comparisons", body);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(t.deps.comparisonRepository.list()).toHaveLength(1);
    await t.deps.queue.idle();
  }, 30_000);

  it("cancels a running comparison; cancelling again is 409", async () => {
    const t = await makeTestApp();
    const res = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: [],
      replications: 20,
      cases: 200,
    });
    const location = res.headers.get("location") as string;
    const cancelled = await t.app.request(location, { method: "DELETE" });
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
    await t.deps.queue.idle();
    expect(((await (await t.app.request(location)).json()) as View).status).toBe("cancelled");
    expect((await t.app.request(location, { method: "DELETE" })).status).toBe(409);
  }, 30_000);

  it("serves chart data of a finished comparison, the same on a second request", async () => {
    const t = await makeTestApp();
    const view = await finished(
      t,
      await postJson(t.app, "/api/comparisons", {
        baseline: "baseline",
        variants: ["early-cv"],
        ...small,
      }),
    );
    const res = await t.app.request(`/api/comparisons/${view.id}/charts`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as Json;
    expect(body.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual([
      "baseline",
      "early-cv",
    ]);
    const charts = body.scenarios[0].charts;
    expect(charts.cases).toBeGreaterThan(0);
    expect(charts.waits.raskmeldingToJob.length).toBeGreaterThan(0);
    expect(charts.paths[0].value).toBeGreaterThan(0);
    expect(charts.rettidighed[0]).toMatchObject({ month: "2022-01" });
    expect(body.scenarios[1].params.levers.earlyCvWeek).not.toBeNull();
    expect(await (await t.app.request(`/api/comparisons/${view.id}/charts`)).text()).toBe(text);
  }, 30_000);
});
