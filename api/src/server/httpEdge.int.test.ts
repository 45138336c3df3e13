/**
 * The HTTP edge of a real listening server (in process, loopback, SQLite in a temporary folder): what Node's parser
 * refuses is answered as problem+json, /health names no path, and a public bind without a token is refused.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawHttp } from "../testing/rawHttp";
import { type StartedServer, startServer } from "./startServer";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-edge-"));
let server: StartedServer;
beforeAll(async () => {
  server = await startServer({
    SAGSFLOW_STORE: "sqlite",
    SAGSFLOW_DB: join(dir, "edge.db"),
    SAGSFLOW_DEMO: "0",
    PORT: "0",
  });
}, 60_000);
afterAll(() => server.close());

const raw = (text: string) => rawHttp(server.url, text);

const statusLines = (answer: string) => answer.match(/^HTTP\/1\.1 \d{3}.*$/gm) ?? [];
const everyResponseIsProblemJson = (answer: string) => {
  const responses = answer.split(/(?=HTTP\/1\.1 \d{3} )/).filter((r) => r.trim() !== "");
  for (const r of responses) expect(r).toMatch(/content-type: application\/problem\+json/i);
  return responses.length;
};

describe("Node-level refusals are problem+json", () => {
  it("answers a Content-Length that is not a number with 400", async () => {
    const answer = await raw(
      "POST /api/scenarios/validate HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
    );
    expect(statusLines(answer)[0]).toMatch(/ 400 /);
    expect(everyResponseIsProblemJson(answer)).toBe(1);
    expect(answer).toContain('"type":"/problems/malformed-request"');
  });

  it("answers a 20 KB URL with 431", async () => {
    const answer = await raw(
      `GET /api/scenarios?${"x".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(statusLines(answer)[0]).toMatch(/ 431 /);
    expect(everyResponseIsProblemJson(answer)).toBe(1);
  });

  it("answers an undercounted Content-Length and the bytes after it with problem+json only", async () => {
    const body = '{"yaml": "schemaVersion: 1"}';
    const answer = await raw(
      `POST /api/scenarios/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n${body}`,
    );
    // The bytes past the count read as a second, malformed request; Node may refuse it before the first is answered.
    expect(statusLines(answer).length).toBeGreaterThanOrEqual(1);
    expect(everyResponseIsProblemJson(answer)).toBe(statusLines(answer).length);
    expect(answer).toContain("HPE_INVALID_METHOD");
  });
});

describe("the server's own answers", () => {
  it("shows the store's kind on /health, never its path", async () => {
    const text = await (await fetch(`${server.url}/health`)).text();
    expect(JSON.parse(text)).toMatchObject({ status: "ok", store: "sqlite" });
    expect(text).not.toContain(dir);
  });

  it("refuses to bind a public host without a token, before opening anything", async () => {
    await expect(
      startServer({ SAGSFLOW_HOST: "0.0.0.0", SAGSFLOW_STORE: "memory", PORT: "0" }),
    ).rejects.toThrow(
      /SAGSFLOW_HOST = 0\.0\.0\.0: binding uden for 127\.0\.0\.1 kræver SAGSFLOW_TOKEN/,
    );
    await expect(
      startServer({ SAGSFLOW_HOST: "0.0.0.0", SAGSFLOW_TOKEN: "kort", SAGSFLOW_STORE: "memory" }),
    ).rejects.toThrow(/SAGSFLOW_TOKEN .*mindst 32 tegn/);
  });
});
