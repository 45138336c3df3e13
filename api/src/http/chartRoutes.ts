/**
 * GET /api/comparisons/{id}/charts: per-scenario chart data (and compiled parameters, for "Hvad er ændret") from
 * replication 0 of a finished comparison. Computed once per run (the run is deterministic) and kept in memory, so
 * a dashboard view switch or reload reads it at once.
 */
import { withMaxCases } from "@sagsflow/scenarios";
import { Result } from "effect";
import { Hono } from "hono";
import { runCharts } from "../persistence/runCharts";
import { RequestInvalid } from "../server/apiErrors";
import type { AppDeps } from "./appDeps";
import { failWith, json, respond } from "./respond";

/** Runs kept in memory; older entries are dropped first (a chart body is a few hundred kB). */
const MAX_CACHED = 32;

export const chartRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const cache = new Map<string, unknown>();
  app.get("/comparisons/:id/charts", (c) =>
    respond(deps.comparisons.get(c.req.param("id")), (record) => {
      const r = record.request;
      if (r.kind !== "comparison" || record.status !== "completed") {
        const notComparison = r.kind !== "comparison";
        return failWith(
          new RequestInvalid({
            field: notComparison ? "kind" : "status",
            value: notComparison ? r.kind : record.status,
            reason: notComparison
              ? "diagramdata findes kun for sammenligninger"
              : "diagramdata findes kun for færdige kørsler",
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
        const params = withMaxCases(compiled.success.params, r.cases);
        const name = deps.catalog.get(s.scenario)?.name ?? s.label;
        const charts = runCharts({ id: s.scenario, name, params, seed: r.seed });
        scenarios.push({ scenario: s.scenario, label: s.label, params, charts });
      }
      const body = { id: r.comparisonId, seed: r.seed, scenarios };
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(r.comparisonId, body);
      return json(body);
    }),
  );
  return app;
};
