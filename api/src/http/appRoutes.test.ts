import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

// biome-ignore lint/suspicious/noExplicitAny: the tests read nested response JSON by path
type Json = any;

describe("health, docs and edge behaviour", () => {
  it("reports health with the store and the queue", async () => {
    const { app } = await makeTestApp();
    const res = await app.request("/health");
    expect(await res.json()).toMatchObject({
      status: "ok",
      store: "memory",
      queue: { concurrency: 1 },
    });
  });

  it("serves OpenAPI generated from the request Schemas, and a human docs page", async () => {
    const { app } = await makeTestApp();
    const doc = (await (await app.request("/openapi.json")).json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/comparisons/{id}/events");
    const request = doc.components.schemas.ComparisonRequest;
    expect(request.required).toEqual(expect.arrayContaining(["baseline", "variants"]));
    expect(request.properties.replications).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/sensitivity/{id}", "/api/counterfactuals/{id}/events"]),
    );
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.SensitivityRequest.properties)).toEqual(
      expect.arrayContaining(["scenario", "kpi", "samples", "replications", "cases", "seed"]),
    );
    expect(schemas.CounterfactualRequest.required).toEqual(["baseline", "variant"]);
    // A scheduled parameter in a scenario file (docs/scenarios.md): steps or a ramp.
    expect(schemas.ScenarioSchedule.anyOf.map((a: Json) => a.required)).toEqual([
      ["schedule"],
      ["ramp"],
    ]);
    const page = await (await app.request("/docs")).text();
    expect(page).toContain("/openapi.json");
  });

  it("answers an unknown route with 404 problem+json", async () => {
    const { app } = await makeTestApp();
    const res = await app.request("/api/ukendt");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("requires the bearer token on /api when one is set, but not on /health", async () => {
    const { app } = await makeTestApp({ config: { token: "hemmelig" } });
    const res = await app.request("/api/scenarios");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ field: "Authorization", value: "(mangler)" });
    expect(
      (await app.request("/api/scenarios", { headers: { authorization: "Bearer hemmelig" } }))
        .status,
    ).toBe(200);
    expect((await app.request("/health")).status).toBe(200);
  });

  it("accepts the scheme in any case, and answers 401 with WWW-Authenticate: Bearer", async () => {
    const { app } = await makeTestApp({ config: { token: "hemmelig" } });
    const status = async (authorization: string) =>
      (await app.request("/api/scenarios", { headers: { authorization } })).status;
    expect(await status("bearer hemmelig")).toBe(200);
    expect(await status("BEARER  hemmelig ")).toBe(200);
    expect(await status("Bearer hemmelig2")).toBe(401);
    expect(await status("Basic hemmelig")).toBe(401);
    const missing = await app.request("/api/scenarios");
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="sagsflow"');
    const wrong = await app.request("/api/scenarios", { headers: { authorization: "Bearer x" } });
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await wrong.json()).toMatchObject({ status: 401, value: "(forkert)" });
  });

  it("keeps CORS closed unless origins are configured", async () => {
    const closed = await makeTestApp();
    const r1 = await closed.app.request("/api/scenarios", {
      headers: { origin: "https://evil.example" },
    });
    expect(r1.headers.get("access-control-allow-origin")).toBeNull();
    const open = await makeTestApp({ config: { corsOrigins: ["http://localhost:5173"] } });
    const r2 = await open.app.request("/api/scenarios", {
      headers: { origin: "http://localhost:5173" },
    });
    expect(r2.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("answers history routes with 501 when no history store is wired", async () => {
    const { app } = await makeTestApp({ history: false });
    const res = await app.request("/api/history/kpis");
    expect(res.status).toBe(501);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});

describe("history routes over the domain store", () => {
  it("serves monthly KPIs, 404 for an unknown case, 400 for an unknown export format", async () => {
    const { app } = await makeTestApp({ history: true });
    expect((await app.request("/api/history/kpis")).status).toBe(200);
    const missing = await app.request("/api/cases/S-404");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ field: "id", value: "S-404" });
    expect((await app.request("/api/exports/history.pdf")).status).toBe(400);
    expect((await app.request("/api/exports/history.csv")).status).toBe(200);
  });

  it("refuses an upload above the size limit with 413 and an unknown format with 400", async () => {
    const { app } = await makeTestApp({ history: true });
    const big = await app.request("/api/history/imports?format=csv", {
      method: "POST",
      body: "x".repeat(5000),
    });
    expect(big.status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode("y".repeat(1000)));
        c.close();
      },
    });
    const streamed = await app.request("/api/history/imports?format=csv", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await postJson(app, "/api/history/imports?format=pdf", {})).status).toBe(400);
  });
});
