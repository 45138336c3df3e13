/**
 * One Chromium and one real server per browser test file: the dashboard built, the server started with `env`, an
 * optional preparation against its API, and a page that records requests to other origins; all closed after.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildDashboard } from "./buildDashboard";
import { openGuardedPage } from "./dashboardPage";
import { launchChromium } from "./launchChromium";
import { type RunningServer, startServer } from "./startServer";

/** A server with an empty in-memory store and no demo data or demo comparison: quick to start. */
export const QUIET_SERVER = {
  SAGSFLOW_STORE: "memory",
  SAGSFLOW_DEMO: "0",
  SAGSFLOW_DEMO_COMPARISON: "0",
} as const;

export interface BrowserApp {
  browser: Browser;
  server: RunningServer;
  page: Page;
}

export const useBrowserApp = (
  env: Readonly<Record<string, string>>,
  prepare?: (origin: string) => Promise<void>,
): BrowserApp => {
  const app = {} as BrowserApp;
  beforeAll(async () => {
    buildDashboard();
    app.browser = await launchChromium();
    app.server = await startServer(env);
    await prepare?.(app.server.origin);
    app.page = (await openGuardedPage(app.browser, app.server.origin)).page;
  }, 240_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  }, 30_000);
  return app;
};

/** POSTs JSON to the app's API and returns the parsed answer; a refusal throws with the status and body. */
export const postJson = async (origin: string, path: string, body: unknown): Promise<unknown> => {
  const r = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
  return r.json();
};
