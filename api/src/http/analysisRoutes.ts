/**
 * Sensitivity (issue 7) and counterfactual (History II) routes: POST starts a run (202 + Location), GET returns the
 * service's JSON contract plus id and status at the top level, …/events streams progress, DELETE cancels.
 */
import { Effect, Result, type Schema } from "effect";
import { type Context, Hono } from "hono";
import type { ComparisonKind } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { ComparisonNotFound } from "../server/apiErrors";
import { CounterfactualRequestBody, SensitivityRequestBody } from "./apiSchemas";
import type { AppDeps } from "./appDeps";
import { comparisonView } from "./comparisonView";
import { readJson } from "./readBody";
import { failWith, fromProblem, json, respond } from "./respond";
import { runEventsStream } from "./runEventsStream";
import { counterfactualInput, locationOf, sensitivityInput } from "./runRequests";

/** The stored report with the run's id, kind, status, times and parameters beside it. */
export const analysisView = (record: ComparisonRecord, deps: AppDeps) => {
  const { result, ...run } = comparisonView(record, deps.hub) as { result?: object };
  return { ...(result ?? {}), ...run };
};

export const analysisRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const accepted = (record: ComparisonRecord) =>
    json(analysisView(record, deps), 202, { location: locationOf(record) });
  const ofKind = (kind: ComparisonKind, c: Context) => {
    const id = c.req.param("id") ?? "";
    return Effect.flatMap(deps.comparisons.get(id), (record) =>
      record.request.kind === kind
        ? Effect.succeed(record)
        : Effect.fail(new ComparisonNotFound({ comparisonId: id })),
    );
  };
  const routes = <S extends Schema.Top & { readonly DecodingServices: never }>(
    path: string,
    kind: ComparisonKind,
    schema: S,
    start: (body: S["Type"]) => Effect.Effect<ComparisonRecord, unknown>,
  ) => {
    app.post(path, async (c) => {
      const body = await readJson(c.req.raw, schema, deps.limits.maxBodyBytes);
      return Result.isFailure(body)
        ? fromProblem(body.failure)
        : respond(start(body.success), accepted);
    });
    app.get(`${path}/:id`, (c) => respond(ofKind(kind, c), (r) => json(analysisView(r, deps))));
    app.get(`${path}/:id/events`, async (c) => {
      const found = await Effect.runPromise(Effect.result(ofKind(kind, c)));
      return Result.isFailure(found) ? failWith(found.failure) : runEventsStream(c, deps);
    });
    app.delete(`${path}/:id`, (c) =>
      respond(
        Effect.flatMap(ofKind(kind, c), (r) => deps.comparisons.cancel(r.request.comparisonId)),
        (r) => json(analysisView(r, deps)),
      ),
    );
  };
  routes("/sensitivity", "sensitivity", SensitivityRequestBody, (b) =>
    deps.sensitivity.start(sensitivityInput(b)),
  );
  routes("/counterfactuals", "counterfactual", CounterfactualRequestBody, (b) =>
    deps.counterfactuals.start(counterfactualInput(b)),
  );
  return app;
};
