import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

const variant = (id: string, week = 6) =>
  `schemaVersion: 1\nid: ${id}\nname: CV i uge ${week}\nextends: baseline.yaml\nquestion: Hvad hvis?\nlevers:\n  earlyCvWeek: ${week}\n`;

const problemOf = async (res: Response) => {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack traces
  return body;
};

describe("scenario routes", () => {
  it("lists library scenarios with family and question; variants inherit the family", async () => {
    const { app } = await makeTestApp();
    const list = (await (await app.request("/api/scenarios")).json()) as Array<
      Record<string, unknown>
    >;
    const baseline = list.find((s) => s.id === "baseline");
    expect(baseline).toMatchObject({ source: "library", family: "basis", version: 0 });
    expect(typeof baseline?.question).toBe("string");
    expect(list.find((s) => s.id === "early-cv")).toMatchObject({
      family: "basis",
      extends: "baseline.yaml",
    });
  });

  it("gets one scenario with its YAML and version as ETag; unknown is 404 naming the id", async () => {
    const { app } = await makeTestApp();
    const res = await app.request("/api/scenarios/early-cv");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"0"');
    expect(((await res.json()) as { yaml: string }).yaml).toContain("earlyCvWeek");
    const missing = await app.request("/api/scenarios/findes-ikke");
    expect(missing.status).toBe(404);
    expect(await problemOf(missing)).toMatchObject({ field: "id", value: "findes-ikke" });
  });

  it("saves a variant as version 1, then updates it with If-Match", async () => {
    const { app } = await makeTestApp();
    const created = await postJson(app, "/api/scenarios", { yaml: variant("cv-uge-6") });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/api/scenarios/cv-uge-6");
    expect(created.headers.get("etag")).toBe('"1"');
    const put = await app.request("/api/scenarios/cv-uge-6", {
      method: "PUT",
      headers: { "content-type": "application/yaml", "if-match": '"1"' },
      body: variant("cv-uge-6", 5),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      version: 2,
      name: "CV i uge 5",
      source: "saved",
      family: "basis",
    });
    const list = (await (await app.request("/api/scenarios")).json()) as Array<{ id: string }>;
    expect(list.map((s) => s.id)).toContain("cv-uge-6");
  });

  it("refuses a stale version (412), a missing If-Match (428) and library edits (409)", async () => {
    const { app } = await makeTestApp();
    await postJson(app, "/api/scenarios", { yaml: variant("cv-a") });
    const put = (id: string, headers: Record<string, string>) =>
      app.request(`/api/scenarios/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ yaml: variant(id) }),
      });
    const stale = await put("cv-a", { "if-match": '"7"' });
    expect(stale.status).toBe(412);
    expect(await problemOf(stale)).toMatchObject({
      field: "If-Match",
      value: "7",
      currentVersion: 1,
    });
    expect((await put("cv-a", {})).status).toBe(428);
    expect((await put("baseline", { "if-match": '"0"' })).status).toBe(409);
    expect((await put("ukendt", { "if-match": '"1"' })).status).toBe(404);
  });

  it("refuses a duplicate id with 409 and an id that differs from the path with 422", async () => {
    const { app } = await makeTestApp();
    expect((await postJson(app, "/api/scenarios", { yaml: variant("baseline") })).status).toBe(409);
    await postJson(app, "/api/scenarios", { yaml: variant("cv-b") });
    const res = await app.request("/api/scenarios/cv-b", {
      method: "PUT",
      headers: { "content-type": "application/json", "if-match": '"1"' },
      body: JSON.stringify({ yaml: variant("cv-c") }),
    });
    expect(res.status).toBe(422);
    expect(await problemOf(res)).toMatchObject({ field: "id", value: "cv-c" });
  });

  it("answers bad input with problem+json and stores nothing", async () => {
    const { app, deps } = await makeTestApp();
    const before = deps.catalog.list().length;
    const malformed = await postJson(app, "/api/scenarios", "{ yaml: ");
    expect(malformed.status).toBe(400);
    expect(await problemOf(malformed)).toMatchObject({ field: "body" });
    const wrongType = await postJson(app, "/api/scenarios", { yaml: 42 });
    expect(wrongType.status).toBe(422);
    expect(await problemOf(wrongType)).toMatchObject({ field: "yaml", value: "42" });
    const oversized = await postJson(app, "/api/scenarios", { yaml: "x".repeat(5000) });
    expect(oversized.status).toBe(413);
    const text = await app.request("/api/scenarios", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hej",
    });
    expect(text.status).toBe(415);
    const invalid = await postJson(app, "/api/scenarios", {
      yaml: variant("cv-d").replace("earlyCvWeek: 6", "earlyCvWeek: -3"),
    });
    expect(invalid.status).toBe(422);
    expect(await problemOf(invalid)).toMatchObject({ field: "levers.earlyCvWeek", value: "-3" });
    expect(deps.catalog.list().length).toBe(before);
  });

  it("validates without saving", async () => {
    const { app, deps } = await makeTestApp();
    const res = await postJson(app, "/api/scenarios/validate", { yaml: variant("cv-e") });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ valid: true, id: "cv-e" });
    expect(deps.catalog.get("cv-e")).toBeUndefined();
  });
});
