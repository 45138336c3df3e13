// IO-bound: the demo history is imported through a temporary CSV file into the in-memory store.
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDemoHistory } from "../history";
import { makeTestApp, postJson, type TestApp } from "../testing/testApp";

// biome-ignore lint/suspicious/noExplicitAny: the tests read nested response JSON by path
type Json = any;

const run = async (t: TestApp, body: unknown): Promise<Json> => {
  const res = await postJson(t.app, "/api/counterfactuals", body);
  expect(res.status).toBe(202);
  const location = res.headers.get("location") as string;
  expect(location).toMatch(/^\/api\/counterfactuals\/c\d+$/);
  await t.deps.queue.idle();
  return (await t.app.request(location)).json();
};

// The first 60 demo cases are received between 2021-01-09 and 2021-02-14 (the baseline warms up 52 weeks before
// 2022-01-03); their first absence days end before 2021-01-20.
describe("POST /api/counterfactuals (History II replay of the stored history)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
    await Effect.runPromise(ensureDemoHistory(t.stores.domain, { seed: 1, cases: 60 }));
  }, 60_000);

  it("gives exactly zero differences, per case and in aggregate, for a variant that changes nothing", async () => {
    const view = await run(t, {
      baseline: "baseline",
      variant: "baseline",
      replications: 2,
      seed: 5,
    });
    expect(view).toMatchObject({
      kind: "counterfactual",
      status: "completed",
      schemaVersion: 1,
      replications: 2,
    });
    expect(view.cases.length).toBeGreaterThan(10);
    for (const m of Object.values(view.aggregate) as Json[]) {
      expect(m.difference).toBe(0);
      expect(m.ci95).toEqual([0, 0]);
    }
    expect(view.cases.every((c: Json) => Object.values(c.differences).every((d) => d === 0))).toBe(
      true,
    );
  }, 30_000);

  it("reports per-case and aggregate differences with CIs for a lever, over a date window", async () => {
    const view = await run(t, {
      baseline: "lyngby-taarbaek/baseline",
      variant: "lyngby-taarbaek/vs-foer-raskmelding",
      from: "2021-01-01",
      replications: 2,
    });
    expect(view.status).toBe("completed");
    expect(view.from).toBe("2021-01-01");
    expect(view.parameters).toEqual({
      baseline: "lyngby-taarbaek/baseline",
      variant: "lyngby-taarbaek/vs-foer-raskmelding",
      from: "2021-01-01",
      seed: 1,
      replications: 2,
    });
    const d = view.aggregate.raskmeldingToJobDays;
    expect(d.pairedCases).toBeGreaterThan(0);
    expect(d.ci95).toHaveLength(2);
  }, 30_000);

  it("refuses bad requests with problem+json naming the field, storing nothing", async () => {
    const before = t.deps.comparisonRepository.list().length;
    const unknown = await postJson(t.app, "/api/counterfactuals", {
      baseline: "baseline",
      variant: "ukendt",
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ field: "variant", value: "ukendt" });
    expect((await postJson(t.app, "/api/counterfactuals", "{")).status).toBe(400);
    const missing = await postJson(t.app, "/api/counterfactuals", { baseline: "baseline" });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ field: "variant" });
    const badDate = await postJson(t.app, "/api/counterfactuals", {
      baseline: "baseline",
      variant: "early-cv",
      from: "2022-02-30",
    });
    expect(badDate.status).toBe(422);
    expect(await badDate.json()).toMatchObject({ field: "from", value: "2022-02-30" });
    const tooMuch = await postJson(t.app, "/api/counterfactuals", {
      baseline: "baseline",
      variant: "early-cv",
      replications: 1000,
    });
    expect(tooMuch.status).toBe(422);
    expect(await tooMuch.json()).toMatchObject({ field: "replications × historiske sager" });
    const outside = await postJson(t.app, "/api/counterfactuals", {
      baseline: "baseline",
      variant: "early-cv",
      from: "2030-01-01",
      to: "2030-12-31",
    });
    expect(outside.status).toBe(409);
    expect(await outside.json()).toMatchObject({ field: "history" });
    expect(t.deps.comparisonRepository.list()).toHaveLength(before);
  });

  it("answers 409 over an empty history store", async () => {
    const empty = await makeTestApp();
    const res = await postJson(empty.app, "/api/counterfactuals", {
      baseline: "baseline",
      variant: "early-cv",
    });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
