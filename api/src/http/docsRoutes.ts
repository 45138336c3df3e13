/** GET /health, GET /openapi.json, GET /docs (a human page listing the routes) and `/` (dashboard or a link page). */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { Hono } from "hono";
import { replicationQueueHealth } from "../queue/queueHealth";
import type { AppDeps } from "./appDeps";
import { openApiDocument } from "./openApiDocument";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

const docsPage = (doc: ReturnType<typeof openApiDocument>): string => {
  const rows = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops as Record<string, { summary: string }>).map(
      ([method, op]) =>
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}</td></tr>`,
    ),
  );
  return `<!doctype html><html lang="da"><meta charset="utf-8"><title>sagsflow API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}td{padding:.2rem .6rem;border-bottom:1px solid #ddd}</style>
<h1>sagsflow API</h1><p>Maskinlæsbar beskrivelse: <a href="/openapi.json">/openapi.json</a>. Fejl er <code>application/problem+json</code> (RFC 9457).</p>
<table>${rows.join("")}</table></html>`;
};

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

export const docsRoutes = (deps: AppDeps): Hono => {
  const app = new Hono();
  const doc = openApiDocument();
  const page = docsPage(doc);
  app.get("/health", async (c) => {
    const replicationQueue = await replicationQueueHealth(deps.replicationQueue);
    const reachable = !("reachable" in replicationQueue) || replicationQueue.reachable;
    return c.json(
      {
        status: reachable ? "ok" : "degraded",
        // The store's kind only: a file path or a server URL (with its credentials) is no one's business here.
        store: deps.storeLabel.split(" ")[0],
        queue: deps.queue.stats(),
        replicationQueue,
      },
      reachable ? 200 : 503,
    );
  });
  app.get("/openapi.json", (c) => c.json(doc));
  app.get("/docs", (c) => c.html(page));
  const dir = deps.dashboardDir;
  if (dir !== undefined && existsSync(join(dir, "index.html"))) {
    app.get("/*", async (c) => {
      const rel = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(
        /^([/\\])+/,
        "",
      );
      // A path that climbs out of the dashboard folder or does not exist gets the app shell.
      const file =
        rel === "" || rel.startsWith("..") || !existsSync(join(dir, rel)) ? "index.html" : rel;
      const body = await readFile(join(dir, file)).catch(() => undefined);
      if (body === undefined) return c.notFound();
      return new Response(body, {
        headers: { "content-type": MIME[extname(file)] ?? "application/octet-stream" },
      });
    });
  } else {
    app.get("/", (c) =>
      c.html(
        `<!doctype html><html lang="da"><meta charset="utf-8"><title>sagsflow</title><h1>sagsflow</h1><p>Dashboardet er ikke bygget. Se <a href="/docs">API-dokumentationen</a> og <a href="/openapi.json">/openapi.json</a>.</p></html>`,
      ),
    );
  }
  return app;
};
