/**
 * Comparison routes: POST /api/comparisons (202 + Location), list, GET one, its SSE stream of progress, partial KPIs
 * and done, DELETE to cancel, POST .../rerun (any run kind: same seeds, same versions, same defaults).
 */
import { Effect, Result } from "effect";
import { Hono } from "hono";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { ComparisonRequestBody } from "./apiSchemas";
import type { AppDeps } from "./appDeps";
import { comparisonView } from "./comparisonView";
import { readJson } from "./readBody";
import { fromProblem, json, respond } from "./respond";
import { runEventsStream } from "./runEventsStream";
import { comparisonInput, locationOf, rerunOf } from "./runRequests";

export const comparisonRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const accepted = (record: ComparisonRecord) =>
    json(comparisonView(record, deps.hub), 202, { location: locationOf(record) });

  app.post("/comparisons", async (c) => {
    const body = await readJson(c.req.raw, ComparisonRequestBody, deps.limits.maxBodyBytes);
    return Result.isFailure(body)
      ? fromProblem(body.failure)
      : respond(deps.comparisons.start(comparisonInput(body.success)), accepted);
  });
  app.get("/comparisons", (c) =>
    c.json(
      deps.comparisonRepository.list().map((r) => {
        const { result: _omitted, ...summary } = comparisonView(r, deps.hub) as {
          result?: unknown;
        };
        return summary;
      }),
    ),
  );
  app.get("/comparisons/:id", (c) =>
    respond(deps.comparisons.get(c.req.param("id")), (r) => json(comparisonView(r, deps.hub))),
  );
  app.delete("/comparisons/:id", (c) =>
    respond(deps.comparisons.cancel(c.req.param("id")), (r) => json(comparisonView(r, deps.hub))),
  );
  app.post("/comparisons/:id/rerun", (c) =>
    respond(
      Effect.flatMap(deps.comparisons.get(c.req.param("id")), (record) => rerunOf(deps, record)),
      accepted,
    ),
  );
  app.get("/comparisons/:id/events", (c) => runEventsStream(c, deps));
  return app;
};
