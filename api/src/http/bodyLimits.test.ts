import { isParseRemembered } from "@sagsflow/scenarios";
import { MAX_NESTING } from "@sagsflow/scenarios/node";
import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

const problemOf = async (res: Response) => {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  return body;
};
const postYaml = (app: Awaited<ReturnType<typeof makeTestApp>>["app"], yaml: string) =>
  app.request("/api/scenarios/validate", {
    method: "POST",
    headers: { "content-type": "application/yaml" },
    body: yaml,
  });

describe("body limits at the HTTP edge", () => {
  it("refuses JSON nested past the limit with 400 before anything walks it", async () => {
    const { app } = await makeTestApp({ config: { maxBodyBytes: 1 << 20 } });
    const deep = `{"yaml": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`;
    const res = await app.request("/api/scenarios/validate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: deep,
    });
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toMatchObject({
      type: "/problems/nesting-too-deep",
      field: "body",
      limit: MAX_NESTING,
    });
  });

  it.each([
    [
      "an alias bomb",
      `a: &a [x, x]\n${"bcdefghijklmnopqrstuvwxyzBCDEFGHIJKLMNOPQRSTUVWXYZ"
        .split("")
        .map((c, i, all) => `${c}: &${c} [${`*${i === 0 ? "a" : all[i - 1]}, `.repeat(3)}x]`)
        .join("\n")}\n`,
      "aliases",
    ],
    ["a self alias", "a: &x [1, *x]\n", "contains it"],
    ["an undefined alias", "a: *x\n", "no anchor"],
    ["deep flow nesting", `a: ${"[".repeat(3_000)}\n`, "nested deeper"],
    ["a __proto__ key", "schemaVersion: 1\n__proto__: { x: 1 }\n", "reserved key"],
  ])("answers %s with a 422 naming field and value, never a 500", async (_, yaml, message) => {
    const { app } = await makeTestApp({ config: { maxBodyBytes: 1 << 20 } });
    const res = await postYaml(app, yaml);
    expect(res.status).toBe(422);
    const body = await problemOf(res);
    expect(String(body.detail)).toContain(message);
  });

  it("parses a large scenario text in a worker thread, so the event loop only meets the cached result", async () => {
    const { app } = await makeTestApp({ config: { maxBodyBytes: 1 << 20 } });
    let yaml = "schemaVersion: 1\nid: stor\nname: Stor\nextends: baseline.yaml\n";
    for (let i = 0; yaml.length < 40_000; i++) yaml += `k${i}: ${i}\n`;
    expect(isParseRemembered(yaml)).toBe(false);
    const res = await postYaml(app, yaml);
    expect(res.status).toBe(422);
    expect(await problemOf(res)).toMatchObject({ field: "k0" });
    expect(isParseRemembered(yaml)).toBe(true);
    const again = await postJson(app, "/api/scenarios/validate", { yaml });
    expect(again.status).toBe(422);
  }, 60_000);
});
