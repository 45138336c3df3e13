import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { ensureDemoHistory } from "../history/ensureDemoHistory";
import { makeTestApp } from "../testing/testApp";

const config = { maxUploadBytes: 1 << 20 };

/** Three demo cases in sagsflow's own CSV, and the same with one case's first date impossible. */
const csvs = async () => {
  const source = await makeTestApp({ history: true, config });
  await Effect.runPromise(ensureDemoHistory(source.stores.domain, { seed: 1, cases: 3 }));
  const good = await (await source.app.request("/api/exports/history.csv")).text();
  const lines = good.split("\n");
  const at = lines.findIndex((l) => l.startsWith("FJ-000003,SygemeldingReceived"));
  lines[at] = (lines[at] as string).replaceAll("2021-01-26T", "2021-02-30T");
  return { good, bad: lines.join("\n") };
};

const upload = (app: Awaited<ReturnType<typeof makeTestApp>>["app"], query: string, body: string) =>
  app.request(`/api/history/imports?format=csv${query}`, { method: "POST", body });

const storedCases = async (app: Awaited<ReturnType<typeof makeTestApp>>["app"]) =>
  new Set(
    (await (await app.request("/api/exports/history.csv")).text())
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.split(",")[0]),
  ).size;

describe("POST /api/history/imports: all-or-nothing unless partial", () => {
  it("answers rejected rows with 422 and stores nothing; partial stores the valid cases (201)", async () => {
    const { good, bad } = await csvs();
    const t = await makeTestApp({ history: true, config });
    const refused = await upload(t.app, "", bad);
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toMatch(/problem\+json/);
    expect(await refused.json()).toMatchObject({
      type: "/problems/import-rejected",
      report: { mode: "alt-eller-intet", rejected: 1, stored: 0 },
    });
    expect(await storedCases(t.app)).toBe(0);
    const dry = await upload(t.app, "&dryRun=true", bad);
    expect(dry.status).toBe(200);
    expect(await storedCases(t.app)).toBe(0);
    const partial = await upload(t.app, "&partial=true", bad);
    expect(partial.status).toBe(201);
    expect(await partial.json()).toMatchObject({ mode: "delvis", rejected: 1, stored: 2 });
    expect(await storedCases(t.app)).toBe(2);
    const clean = await makeTestApp({ history: true, config });
    expect((await upload(clean.app, "", good)).status).toBe(201);
    expect(await storedCases(clean.app)).toBe(3);
  }, 120_000);

  it("refuses a partial flag that is not true or false, naming it", async () => {
    const t = await makeTestApp({ history: true, config });
    const res = await upload(t.app, "&partial=ja", "x");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "partial", value: "ja" });
  });
});
