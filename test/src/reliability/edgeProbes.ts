/**
 * Probes of the HTTP edge of a real listening server (loopback, SQLite in a temporary folder): what Node's parser
 * refuses is problem+json, the token rules, /health without paths, configuration refusals, and cancel freeing its
 * queue slot at once.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import { serverConfig } from "../../../api/src/server/serverConfig";
import { startServer } from "../../../api/src/server/startServer";
import { rawHttp } from "../../../api/src/testing/rawHttp";
import { makeTestApp, postJson } from "../../../api/src/testing/testApp";
import { expectThat, type ProbeCase, runProbe } from "./probe";

const TOKEN = "t".repeat(40);

const raw = rawHttp;

const allProblemJson = (answer: string, status: string) => {
  const responses = answer.split(/(?=HTTP\/1\.1 \d{3} )/).filter((r) => r.trim() !== "");
  const ok =
    responses.length > 0 &&
    responses.every((r) => /content-type: application\/problem\+json/i.test(r));
  return expectThat(
    ok && (responses[0] ?? "").startsWith(`HTTP/1.1 ${status}`),
    answer.slice(0, 120),
  );
};

export const httpEdgeProbe = async () => {
  const dir = mkdtempSync(join(tmpdir(), "sagsflow-probe-"));
  const env = {
    SAGSFLOW_STORE: "sqlite",
    SAGSFLOW_DB: join(dir, "p.db"),
    SAGSFLOW_DEMO: "0",
    PORT: "0",
  };
  const server = await startServer({ ...env, SAGSFLOW_TOKEN: TOKEN });
  const get = (headers: Record<string, string>) =>
    fetch(`${server.url}/api/scenarios`, { headers });
  const rawCase = (name: string, text: string, status: string): ProbeCase => ({
    name,
    run: async () => allProblemJson(await raw(server.url, text), status),
  });
  const refused = (name: string, e: Record<string, string>, field: string): ProbeCase => ({
    name,
    run: async () => {
      const r = serverConfig(e, 2);
      return expectThat(
        Result.isFailure(r) && r.failure.field === field,
        "accepted or wrong field",
      );
    },
  });
  const cases: ProbeCase[] = [
    rawCase(
      "Content-Length: abc",
      "POST /api/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
      "400",
    ),
    rawCase(
      "two Content-Lengths",
      "POST /api/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
      "400",
    ),
    rawCase(
      "undercounted Content-Length",
      `POST /api/scenarios/validate HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n{"yaml": "x"}`,
      "400",
    ),
    rawCase(
      "20 KB URL",
      `GET /api/scenarios?${"x".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      "431",
    ),
    rawCase(
      "40 KB header",
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"y".repeat(40_000)}\r\n\r\n`,
      "431",
    ),
    rawCase("garbage request line", "HELLO\r\n\r\n", "400"),
    {
      name: "missing token: 401 with WWW-Authenticate",
      run: async () => {
        const r = await get({});
        return expectThat(
          r.status === 401 && (r.headers.get("www-authenticate") ?? "").startsWith("Bearer"),
          `status ${r.status}`,
        );
      },
    },
    {
      name: "wrong token: 401 invalid_token",
      run: async () => {
        const r = await get({ authorization: `Bearer ${TOKEN}x` });
        return expectThat(
          r.status === 401 && (r.headers.get("www-authenticate") ?? "").includes("invalid_token"),
          `status ${r.status}`,
        );
      },
    },
    {
      name: "lower-case scheme accepted",
      run: async () =>
        expectThat((await get({ authorization: `bearer ${TOKEN}` })).status === 200, "refused"),
    },
    {
      name: "/health names no path",
      run: async () => {
        const text = await (await fetch(`${server.url}/health`)).text();
        return expectThat(
          !text.includes(dir) && text.includes('"store":"sqlite"'),
          text.slice(0, 120),
        );
      },
    },
    {
      name: "public bind without a token refused",
      run: async () => {
        const started = await startServer({ ...env, SAGSFLOW_HOST: "0.0.0.0" }).then(
          () => true,
          () => false,
        );
        return expectThat(!started, "started");
      },
    },
    refused("PORT=99999", { PORT: "99999" }, "PORT"),
    refused("PORT=-1", { PORT: "-1" }, "PORT"),
    refused("host with a space", { SAGSFLOW_HOST: "a b" }, "SAGSFLOW_HOST"),
    refused(
      "one-character token on 0.0.0.0",
      { SAGSFLOW_HOST: "0.0.0.0", SAGSFLOW_TOKEN: "x" },
      "SAGSFLOW_TOKEN",
    ),
    refused("token with a space", { SAGSFLOW_TOKEN: `${TOKEN} x` }, "SAGSFLOW_TOKEN"),
  ];
  try {
    return await runProbe("HTTP edge: Node-level errors, token, /health, configuration", cases);
  } finally {
    await server.close();
  }
};

export const queueCancelProbe = async () => {
  const round = async (): Promise<string | undefined> => {
    const t = await makeTestApp({ config: { concurrency: 1, maxWaiting: 8 } });
    const body = { baseline: "baseline", variants: [], replications: 20, cases: 200, seed: 3 };
    const locations: string[] = [];
    for (let i = 0; i < 9; i++)
      locations.push(
        (await postJson(t.app, "/api/comparisons", body)).headers.get("location") as string,
      );
    for (const l of locations) await t.app.request(l, { method: "DELETE" });
    const next = await postJson(t.app, "/api/comparisons", body);
    await t.app.request(next.headers.get("location") as string, { method: "DELETE" });
    await t.deps.queue.idle();
    return expectThat(next.status === 202, `next POST ${next.status}`);
  };
  return runProbe(
    "Cancel frees the queue slot (9 queued, all cancelled, next POST)",
    [1, 2, 3].map((i) => ({ name: `round ${i}`, run: round })),
  );
};
