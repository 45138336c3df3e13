/** Test wiring: the app over the memory store with a fixed clock, counted ids and in-process replications. */
import { Effect } from "effect";
import type { Hono } from "hono";
import { openStores, type Stores } from "../persistence/openStores";
import type { RedisReplications } from "../queue/redisReplications";
import { makeAppDeps } from "../server/makeAppDeps";
import type { ServerConfig } from "../server/serverConfig";
import type { AppDeps } from "../http/appDeps";
import { createApp } from "../http/createApp";

// Module-wide, so that an app reopened over the same store (a restart) never reuses an id.
let idCount = 0;

export const TEST_CLOCK = "2026-01-05T09:00:00.000Z";

export const testConfig: Omit<ServerConfig, "host" | "port"> = {
  token: undefined,
  corsOrigins: [],
  concurrency: 1,
  workers: 1,
  maxWaiting: 2,
  maxWork: 20_000,
  maxBodyBytes: 4096,
  maxUploadBytes: 4096,
  requestTimeoutMs: 20_000,
};

export interface TestApp {
  readonly app: Hono;
  readonly deps: AppDeps;
  readonly stores: Stores;
}

/** A fresh app, or one over `stores` again (a restart); `history: false` leaves the history routes at 501. */
export const makeTestApp = async (
  options: {
    readonly stores?: Stores;
    readonly config?: Partial<typeof testConfig>;
    readonly history?: boolean;
    /** Replications on this Redis queue instead of in-process (scale-out tests). */
    readonly replications?: RedisReplications;
  } = {},
): Promise<TestApp> => {
  const stores =
    options.stores ??
    (await Effect.runPromise(openStores({ SAGSFLOW_STORE: "memory" }, () => TEST_CLOCK)));
  const deps = await Effect.runPromise(
    makeAppDeps({
      stores,
      config: { ...testConfig, ...options.config },
      storeLabel: "memory",
      clock: () => TEST_CLOCK,
      newId: () => `c${++idCount}`,
      log: () => undefined,
      history: options.history ?? false,
      replications: options.replications,
    }),
  );
  return { app: createApp(deps), deps, stores };
};

export const postJson = (
  app: Hono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
