/**
 * GET /api/comparisons/{id}/distributions: per-scenario chart data from replication 0 of a finished comparison,
 * recomputed on first request (the run is deterministic) and cached in memory.
 */
import { Result } from "effect";
import { Hono } from "hono";
import { runDistributions } from "../persistence/runDistributions";
import { RequestInvalid } from "../server/apiErrors";
import type { AppDeps } from "./appDeps";
import { failWith, json, respond } from "./respond";

export const distributionRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const cache = new Map<string, unknown>();
  app.get("/comparisons/:id/distributions", (c) =>
    respond(deps.comparisons.get(c.req.param("id")), (record) => {
      const r = record.request;
      if (r.kind !== "comparison") {
        return failWith(
          new RequestInvalid({
            field: "kind",
            value: r.kind,
            reason: "fordelinger findes kun for sammenligninger",
            status: 409,
          }),
        );
      }
      if (record.status !== "completed") {
        return failWith(
          new RequestInvalid({
            field: "status",
            value: record.status,
            reason: "fordelinger findes kun for færdige kørsler",
            status: 409,
          }),
        );
      }
      const cached = cache.get(r.comparisonId);
      if (cached !== undefined) return json(cached);
      const scenarios = [];
      for (const s of [r.baseline, ...r.variants]) {
        const compiled = deps.catalog.compile(s.scenario, {
          version: r.scenarioVersions[s.scenario],
          overrides: s.overrides,
        });
        if (Result.isFailure(compiled)) return failWith(compiled.failure);
        const p = compiled.success.params;
        const params =
          r.cases === null ? p : { ...p, horizon: { ...p.horizon, maxCases: r.cases } };
        scenarios.push({
          label: s.label,
          scenario: s.scenario,
          ...runDistributions(params, r.seed),
        });
      }
      const body = { id: r.comparisonId, seed: r.seed, scenarios };
      cache.set(r.comparisonId, body);
      return json(body);
    }),
  );
  return app;
};
