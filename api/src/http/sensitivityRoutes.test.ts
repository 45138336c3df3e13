import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { sensitivity } from "../application/sensitivity";
import { makeTestApp, postJson, type TestApp } from "../testing/testApp";

// biome-ignore lint/suspicious/noExplicitAny: the tests read nested response JSON by path
type Json = any;

/** Small enough for a test (60 estimates: 121 settings × 2 scenarios × 2 replications of 20 cases). */
const request = {
  scenario: "lyngby-taarbaek/vs-foer-raskmelding",
  kpi: "waitRaskmeldingToVirksomhedsserviceDays",
  samples: 2,
  replications: 2,
  cases: 20,
  seed: 3,
} as const;

describe("POST /api/sensitivity", () => {
  let t: TestApp;
  let location: string;
  let view: Json;
  beforeAll(async () => {
    t = await makeTestApp({ config: { maxWork: 20_000 } });
    const res = await postJson(t.app, "/api/sensitivity", request);
    expect(res.status).toBe(202);
    location = res.headers.get("location") as string;
    await t.deps.queue.idle();
    view = await (await t.app.request(location)).json();
    // 548 small runs, each with the baseline's 52-week warm-up: about 60 s on a quiet 2-core machine.
  }, 240_000);

  it("answers 202 with a Location and returns the CLI sensitivity contract plus id and status", () => {
    expect(location).toMatch(/^\/api\/sensitivity\/c\d+$/);
    expect(view).toMatchObject({
      id: location.split("/").pop(),
      kind: "sensitivity",
      status: "completed",
      schemaVersion: 1,
      scenario: "lyngby-taarbaek-vs-foer-raskmelding",
      kpi: request.kpi,
      seed: 3,
      parameters: request,
    });
    expect(view.oneAtATime.length).toBeGreaterThan(10);
    expect(view.oneAtATime[0]).toMatchObject({
      parameter: expect.any(String),
      atLow: {},
      atHigh: {},
    });
    expect(view.lhs.samples).toBe(2);
    expect(view.lhs.signStableShare).toBeGreaterThanOrEqual(0);
    expect(view.lhs.rankCorrelation).toHaveLength(view.oneAtATime.length);
  });

  it("gives exactly the report of the CLI's sensitivity service for the library file", async () => {
    const file = `${LIBRARY_DIR}/lyngby-taarbaek/vs-foer-raskmelding.yaml`;
    const cli = await Effect.runPromise(sensitivity({ file, ...request, workers: 1 }));
    const {
      id: _i,
      kind: _k,
      status: _s,
      createdAt: _c,
      finishedAt: _f,
      parameters: _p,
      scenarioVersions: _v,
      ...report
    } = view;
    expect(report).toEqual(JSON.parse(JSON.stringify(cli)));
  }, 240_000);

  it("streams progress and done, and keeps the result over a restart", async () => {
    const text = await (await t.app.request(`${location}/events`)).text();
    expect(text).toMatch(/event: progress\ndata: \{"type":"progress","done":\d+,"total":548\}/);
    expect(text).toContain('event: done\ndata: {"type":"done","status":"completed"}');
    const again = await makeTestApp({ stores: t.stores });
    expect(await (await again.app.request(location)).json()).toEqual(view);
    expect(
      (await again.app.request(location.replace("sensitivity", "counterfactuals"))).status,
    ).toBe(404);
  });

  it("refuses bad requests with problem+json naming the field, storing nothing", async () => {
    const before = t.deps.comparisonRepository.list().length;
    const unknown = await postJson(t.app, "/api/sensitivity", { scenario: "naestved/findes-ikke" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      field: "scenario",
      value: "naestved/findes-ikke",
    });
    expect((await postJson(t.app, "/api/sensitivity", "{ scenario")).status).toBe(400);
    const tooMuch = await postJson(t.app, "/api/sensitivity", {
      ...request,
      samples: 200,
      cases: 400,
    });
    expect(tooMuch.status).toBe(422);
    expect(await tooMuch.json()).toMatchObject({ field: "samples × replications × cases" });
    const kpi = await postJson(t.app, "/api/sensitivity", { ...request, kpi: "lykke" });
    expect(kpi.status).toBe(422);
    expect(await kpi.json()).toMatchObject({ field: "kpi", value: '"lykke"' });
    const notVariant = await postJson(t.app, "/api/sensitivity", {
      ...request,
      scenario: "baseline",
    });
    expect(notVariant.status).toBe(422);
    expect(await notVariant.json()).toMatchObject({ field: "scenario", value: "baseline" });
    expect(t.deps.comparisonRepository.list()).toHaveLength(before);
  });

  it("accepts a saved variant, re-runs any sensitivity run by id, and cancels", async () => {
    const yaml =
      "schemaVersion: 1\nid: cv-uge-5\nname: CV i uge 5\nextends: lyngby-taarbaek/baseline.yaml\nlevers:\n  earlyCvWeek: 5\n";
    expect((await postJson(t.app, "/api/scenarios", { yaml })).status).toBe(201);
    const saved = await postJson(t.app, "/api/sensitivity", { ...request, scenario: "cv-uge-5" });
    expect(saved.status).toBe(202);
    expect(await saved.json()).toMatchObject({
      status: "running",
      scenarioVersions: { "cv-uge-5": 1 },
    });
    const cancelled = await t.app.request(saved.headers.get("location") as string, {
      method: "DELETE",
    });
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
    const rerun = await t.app.request(`/api/comparisons/${view.id}/rerun`, { method: "POST" });
    expect(rerun.status).toBe(202);
    expect(rerun.headers.get("location")).toMatch(/^\/api\/sensitivity\/c\d+$/);
    await t.app.request(rerun.headers.get("location") as string, { method: "DELETE" });
    await t.deps.queue.idle();
  });
});
