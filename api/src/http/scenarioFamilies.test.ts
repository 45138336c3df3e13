import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

type Summary = {
  id: string;
  family: string | null;
  question: string | null;
  extends: string | null;
  source: string;
};

const list = async (app: Awaited<ReturnType<typeof makeTestApp>>["app"]) =>
  (await (await app.request("/api/scenarios")).json()) as Summary[];

describe("scenario library families", () => {
  it("names family files by their library path, keeps the top-level ids and lists no index.yaml", async () => {
    const { app } = await makeTestApp();
    const ids = (await list(app)).map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(["baseline", "vs-foer-raskmelding", "early-cv", "early-jobmaal"]),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        "lyngby-taarbaek/baseline",
        "lyngby-taarbaek/vs-foer-raskmelding",
        "naestved/resultatteam",
        "regimer/2015-2019",
      ]),
    );
    expect(ids.some((id) => id.includes("index"))).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every family file its family and the family's question from index.yaml", async () => {
    const { app } = await makeTestApp();
    const byId = new Map((await list(app)).map((s) => [s.id, s]));
    const question =
      "Hvor mange dage går der fra raskmelding til virksomhedsservice og til job, og hvor mange rekrutteringsanmodninger bliver besat?";
    for (const id of ["lyngby-taarbaek/baseline", "lyngby-taarbaek/early-cv"]) {
      expect(byId.get(id)).toMatchObject({ family: "lyngby-taarbaek", question });
    }
    expect(byId.get("naestved/resultatteam")?.question).toMatch(/resultatteams/);
    expect(byId.get("baseline")).toMatchObject({ family: "basis" });
  });

  it("serves a family scenario at its path, with or without an encoded slash", async () => {
    const { app } = await makeTestApp();
    for (const path of [
      "/api/scenarios/naestved/resultatteam",
      "/api/scenarios/naestved%2Fresultatteam",
    ]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: "naestved/resultatteam", source: "library" });
    }
    const missing = await app.request("/api/scenarios/naestved/findes-ikke");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ field: "id", value: "naestved/findes-ikke" });
  });

  it("resolves extends relative to the naming file: a family variant compiles over its family and the library baseline", () =>
    makeTestApp().then(({ deps }) => {
      const compiled = deps.catalog.compile("lyngby-taarbaek/vs-foer-raskmelding");
      if (compiled._tag !== "Success") throw new Error(JSON.stringify(compiled.failure));
      expect(compiled.success.files).toEqual([
        "scenarios/baseline.yaml",
        "scenarios/lyngby-taarbaek/baseline.yaml",
        "scenarios/lyngby-taarbaek/vs-foer-raskmelding.yaml",
      ]);
      expect(compiled.success.params.levers.vsWeeksBeforeRaskmelding).toBe(8);
    }));

  it("saves a variant that extends a family file by its library path and runs it against that file", async () => {
    const t = await makeTestApp();
    const yaml =
      "schemaVersion: 1\nid: naestved-uden-ventetid\nname: Næstved uden ventetid\nextends: naestved/baseline.yaml\n";
    const created = await postJson(t.app, "/api/scenarios", { yaml });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      extends: "naestved/baseline.yaml",
      family: "naestved",
    });
    const escaping = yaml.replace("naestved-uden", "ude").replace("naestved/", "../../");
    expect((await postJson(t.app, "/api/scenarios", { yaml: escaping })).status).toBe(422);
    const res = await postJson(t.app, "/api/comparisons", {
      baseline: "naestved/baseline",
      variants: ["naestved-uden-ventetid", "naestved/resultatteam"],
      replications: 2,
      cases: 100,
    });
    expect(res.status).toBe(202);
    await t.deps.queue.idle();
    const view = (await (await t.app.request(res.headers.get("location") as string)).json()) as {
      status: string;
      result: {
        variants: Array<{ scenario: string; difference: Record<string, { mean: number }> }>;
      };
    };
    expect(view.status).toBe("completed");
    // The saved variant changes nothing, so with common random numbers its difference is exactly 0.
    expect(view.result.variants[0]?.difference.spellDurationDays?.mean).toBe(0);
    expect(view.result.variants[1]?.scenario).toBe("naestved/resultatteam");
  }, 30_000);
});
