/** GET …/{id}/events for every run kind: Server-Sent Events of progress, partial KPIs and done (docs/api.md). */
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { Effect, Result } from "effect";
import type { ComparisonUpdate } from "../server/comparisonHub";
import type { AppDeps } from "./appDeps";
import { failWith } from "./respond";

export const runEventsStream = async (c: Context, deps: AppDeps): Promise<Response> => {
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
