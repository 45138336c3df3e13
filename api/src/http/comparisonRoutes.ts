/**
 * Run routes: POST /api/comparisons, /api/sensitivity, /api/counterfactuals (202 + Location), GET a comparison,
 * its SSE stream of progress, partial KPIs and done, DELETE to cancel, POST .../rerun (same seeds, same versions).
 */
import { type Context, Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { Effect, Result } from "effect";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import type { ComparisonUpdate } from "../server/comparisonHub";
import type { ComparisonInput } from "../server/comparisonService";
import {
  ComparisonRequestBody,
  CounterfactualRequestBody,
  SensitivityRequestBody,
} from "./apiSchemas";
import type { AppDeps } from "./appDeps";
import { comparisonView } from "./comparisonView";
import { readJson } from "./readBody";
import { failWith, fromProblem, json, respond } from "./respond";
import { comparisonInput, counterfactualInput, sensitivityInput } from "./runRequests";

export const comparisonRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const accepted = (record: ComparisonRecord) => {
    const location = `/api/comparisons/${record.request.comparisonId}`;
    return json(comparisonView(record, deps.hub), 202, { location });
  };
  const submit = (input: Result.Result<ComparisonInput, unknown>) =>
    Result.isFailure(input)
      ? Promise.resolve(failWith(input.failure))
      : respond(deps.comparisons.start(input.success), accepted);

  app.post("/comparisons", async (c) => {
    const body = await readJson(c.req.raw, ComparisonRequestBody, deps.limits.maxBodyBytes);
    return Result.isFailure(body)
      ? fromProblem(body.failure)
      : submit(Result.succeed(comparisonInput(body.success)));
  });
  app.post("/sensitivity", async (c) => {
    const body = await readJson(c.req.raw, SensitivityRequestBody, deps.limits.maxBodyBytes);
    return Result.isFailure(body)
      ? fromProblem(body.failure)
      : submit(sensitivityInput(body.success, deps.catalog));
  });
  app.post("/counterfactuals", async (c) => {
    const body = await readJson(c.req.raw, CounterfactualRequestBody, deps.limits.maxBodyBytes);
    return Result.isFailure(body)
      ? fromProblem(body.failure)
      : submit(Result.succeed(counterfactualInput(body.success)));
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
    respond(deps.comparisons.rerun(c.req.param("id")), accepted),
  );
  app.get("/comparisons/:id/events", (c) => sse(c, deps));
  return app;
};

const sse = async (c: Context, deps: AppDeps): Promise<Response> => {
  const id = c.req.param("id") ?? "";
  const found = await Effect.runPromise(Effect.result(deps.comparisons.get(id)));
  if (Result.isFailure(found)) return failWith(found.failure);
  return streamSSE(
    c,
    (stream) =>
      new Promise<void>((resolve) => {
        let seq = 0;
        let writing = Promise.resolve();
        let doneSent = false;
        let unsubscribe: () => void = () => {};
        const end = () => {
          unsubscribe();
          resolve();
        };
        const push = (u: ComparisonUpdate) => {
          if (doneSent) return;
          doneSent = u.type === "done";
          writing = writing
            .then(() =>
              stream.writeSSE({ event: u.type, data: JSON.stringify(u), id: String(++seq) }),
            )
            .catch(() => undefined);
          if (doneSent) void writing.then(end);
        };
        unsubscribe = deps.hub.subscribe(id, push);
        stream.onAbort(end);
        for (const u of deps.hub.latest(id)) if (u.type !== "done") push(u);
        // A run that ended before this request gets its done event straight away.
        const status = deps.comparisonRepository.get(id)?.status ?? "failed";
        if (status !== "running") push({ type: "done", status });
      }),
  );
};
