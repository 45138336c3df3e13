/**
 * The Hono app: security (bearer token when configured, closed CORS unless origins are listed), request timeout,
 * structured logs without personal data, the route modules, and one error mapping to problem+json.
 */
import { Hono } from "hono";
import { cors } from "hono/cors";
import { analysisRoutes } from "./analysisRoutes";
import { bearerAuth } from "./bearerAuth";
import type { AppDeps } from "./appDeps";
import { comparisonRoutes } from "./comparisonRoutes";
import { chartRoutes } from "./chartRoutes";
import { docsRoutes } from "./docsRoutes";
import { historyRoutes } from "./historyRoutes";
import { problem } from "./problem";
import { fromProblem } from "./respond";
import { scenarioRoutes } from "./scenarioRoutes";
import { requestTimeout } from "./requestTimeout";

/**
 * @example
 * const res = await createApp(deps).request("/api/scenarios")
 */
export const createApp = (deps: AppDeps): Hono => {
  const app = new Hono();
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    // Path template only where ids could name a person's case; never query strings or bodies.
    const route = c.req.routePath === "/*" ? new URL(c.req.url).pathname : c.req.routePath;
    deps.log({
      msg: "request",
      method: c.req.method,
      route,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  if (deps.corsOrigins.length > 0) app.use("/api/*", cors({ origin: [...deps.corsOrigins] }));
  if (deps.token !== undefined) app.use("/api/*", bearerAuth(deps.token));
  app.use("/api/*", requestTimeout(deps.limits.requestTimeoutMs));
  app.route("/api", scenarioRoutes(deps));
  app.route("/api", comparisonRoutes(deps));
  app.route("/api", analysisRoutes(deps));
  app.route("/api", chartRoutes(deps));
  app.route("/api", historyRoutes(deps.history, deps.limits.maxUploadBytes));
  app.route("/", docsRoutes(deps));
  app.notFound((c) =>
    fromProblem(
      problem(404, "not-found", `ingen rute ${c.req.method} ${new URL(c.req.url).pathname}`, {
        field: "path",
        value: new URL(c.req.url).pathname,
      }),
    ),
  );
  app.onError((error) => {
    deps.log({ msg: "unhandled", error: error.name });
    return fromProblem(problem(500, "internal", "der opstod en intern fejl; se serverens log"));
  });
  return app;
};
