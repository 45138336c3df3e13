/**
 * Starts the HTTP server on the configured store: loads saved work, marks runs a crash cut short as interrupted,
 * imports the demo history once when the store has none, and listens (loopback unless a token is set).
 */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore } from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import { storeLabel } from "../application/storeSimulatedEvents";
import { createApp } from "../http/createApp";
import { openStores } from "../persistence/openStores";
import { answerClientErrors } from "./clientErrors";
import { queueConfig } from "../queue/queueConfig";
import { makeAppDeps } from "./makeAppDeps";
import { serverConfig } from "./serverConfig";

type Env = Readonly<Record<string, string | undefined>>;

/** JSON lines on stderr: event names, routes and counts only, never bodies or case data. */
const log = (entry: Readonly<Record<string, unknown>>) =>
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), ...entry })}\n`);

/** The demo import lives in api/src/history (History I); it is used when that module exports it. */
const importDemoOnce = async (store: EventStore<DomainEvent>): Promise<void> => {
  const history = (await import("../history/index")) as Record<string, unknown>;
  const ensure = history.ensureDemoHistory as
    | ((s: EventStore<DomainEvent>) => Effect.Effect<{ imported: boolean }, unknown>)
    | undefined;
  if (typeof ensure !== "function") return;
  const outcome = await Effect.runPromise(Effect.result(ensure(store)));
  if (Result.isSuccess(outcome)) log({ msg: "demo history", imported: outcome.success.imported });
  else
    log({
      msg: "demo history failed",
      error: (outcome.failure as { _tag?: string })._tag ?? "unknown",
    });
};

export interface StartedServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

export const startServer = async (
  env: Env,
  options: { readonly dashboardDir?: string } = {},
): Promise<StartedServer> => {
  const config = serverConfig(env);
  if (Result.isFailure(config)) throw new Error(config.failure.message);
  const queue = queueConfig(env);
  if (Result.isFailure(queue)) {
    const { field, value, reason } = queue.failure;
    throw new Error(`${field} = ${value}: ${reason}`);
  }
  const clock = () => new Date().toISOString();
  const replications =
    queue.success.kind === "redis"
      ? await (await import("../queue/redisReplications")).openRedisReplications(queue.success)
      : undefined;
  const stores = await Effect.runPromise(openStores(env, clock));
  const deps = await Effect.runPromise(
    makeAppDeps({
      stores,
      config: config.success,
      storeLabel: storeLabel(env),
      clock,
      newId: () => randomUUID().slice(0, 13),
      log,
      dashboardDir: options.dashboardDir,
      pseudoKey: env.SAGSFLOW_PSEUDO_KEY,
      replications,
    }),
  );
  if (replications !== undefined) log({ msg: "replications on redis", url: replications.label });
  if (deps.reattached.length > 0) log({ msg: "runs reattached", count: deps.reattached.length });
  if (deps.interrupted.length > 0)
    log({ msg: "runs marked interrupted", count: deps.interrupted.length });
  if (env.SAGSFLOW_DEMO !== "0") await importDemoOnce(stores.domain);
  const { host, port, token } = config.success;
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
  });
  answerClientErrors(server as Server);
  const address = server.address();
  const actualPort = typeof address === "object" && address !== null ? address.port : port;
  const shown = host.includes(":") ? `[${host}]` : host;
  if (token !== undefined) log({ msg: "bearer token required on /api (SAGSFLOW_TOKEN is set)" });
  return {
    url: `http://${shown}:${actualPort}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await replications?.close();
      await Effect.runPromise(stores.close());
    },
  };
};
