/**
 * Scenario routes: GET|POST /api/scenarios, GET|PUT /api/scenarios/{id} (ETag = version, If-Match required on PUT),
 * POST /api/scenarios/validate. Bodies are `{"yaml": "..."}` (application/json) or raw YAML (application/yaml).
 */
import { Hono } from "hono";
import { parseInWorker } from "@sagsflow/scenarios/node";
import { Result } from "effect";
import { ScenarioNotFound } from "../server/apiErrors";
import type { ScenarioEntry } from "../server/scenarioCatalog";
import { ScenarioBody } from "./apiSchemas";
import type { AppDeps } from "./appDeps";
import type { Problem } from "./problem";
import { problem } from "./problem";
import { readJson, readLimited } from "./readBody";
import { failWith, fromProblem, json, respond } from "./respond";

const summary = ({ yaml: _yaml, ...rest }: ScenarioEntry) => rest;
const etag = (e: ScenarioEntry) => `"${e.version}"`;

/** Reads a scenario body; a large text is parsed in a worker thread first, so this thread only meets the cached result. */
const readYaml = async (
  request: Request,
  limit: number,
): Promise<Result.Result<string, Problem>> => {
  const text = await readYamlText(request, limit);
  if (Result.isSuccess(text)) await parseInWorker(text.success);
  return text;
};

const readYamlText = async (
  request: Request,
  limit: number,
): Promise<Result.Result<string, Problem>> => {
  const type = request.headers.get("content-type") ?? "";
  if (/^(application|text)\/(x-)?yaml\b/i.test(type)) {
    const bytes = await readLimited(request, limit);
    if (bytes === undefined)
      return Result.fail(
        problem(413, "payload-too-large", `indholdet er over ${limit} bytes`, {
          field: "body",
          value: type,
          limit,
        }),
      );
    return Result.succeed(new TextDecoder().decode(bytes));
  }
  return Result.map(await readJson(request, ScenarioBody, limit), (b) => b.yaml);
};

export const scenarioRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const limit = deps.limits.maxBodyBytes;
  app.get("/scenarios", (c) => c.json(deps.catalog.list().map(summary)));
  // `{.+}` lets a library id hold its family folder: /api/scenarios/naestved/resultatteam (or %2F-encoded).
  app.get("/scenarios/:id{.+}", (c) => {
    const entry = deps.catalog.get(c.req.param("id"));
    if (entry === undefined)
      return failWith(new ScenarioNotFound({ scenarioId: c.req.param("id") }));
    return json(entry, 200, { etag: etag(entry) });
  });
  app.post("/scenarios/validate", async (c) => {
    const yaml = await readYaml(c.req.raw, limit);
    if (Result.isFailure(yaml)) return fromProblem(yaml.failure);
    const compiled = deps.catalog.validate(yaml.success);
    return Result.isFailure(compiled)
      ? failWith(compiled.failure)
      : json({ valid: true, id: compiled.success.meta.id, params: compiled.success.params });
  });
  app.post("/scenarios", async (c) => {
    const yaml = await readYaml(c.req.raw, limit);
    if (Result.isFailure(yaml)) return fromProblem(yaml.failure);
    return respond(deps.scenarios.create(yaml.success), (e) =>
      json(e, 201, { location: `/api/scenarios/${e.id}`, etag: etag(e) }),
    );
  });
  app.put("/scenarios/:id{.+}", async (c) => {
    const yaml = await readYaml(c.req.raw, limit);
    if (Result.isFailure(yaml)) return fromProblem(yaml.failure);
    return respond(
      deps.scenarios.update(c.req.param("id"), yaml.success, c.req.header("if-match")),
      (e) => json(e, 200, { etag: etag(e) }),
    );
  });
  return app;
};
