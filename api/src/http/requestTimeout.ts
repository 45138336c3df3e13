/** Ends a request that takes longer than the limit with 503 problem+json; SSE streams are exempt (they are long-lived). */
import type { MiddlewareHandler } from "hono";
import { problem } from "./problem";
import { fromProblem } from "./respond";

export const requestTimeout =
  (ms: number): MiddlewareHandler =>
  async (c, next) => {
    if (c.req.path.endsWith("/events")) return next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), ms);
    });
    const outcome = await Promise.race([next().then(() => "done" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      c.res = fromProblem(
        problem(503, "timeout", `anmodningen tog over ${ms} ms`, {
          field: "timeout",
          value: String(ms),
        }),
      );
    }
  };
