/**
 * Probes of request bodies at the HTTP edge (in process, `app.request`): hostile YAML answered 422 and deep JSON 400,
 * never a 500; large scenario texts must not hold the event loop (the longest gap between 5 ms ticks is measured
 * while each request is answered).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { outcomeFromJson, outcomeToJson, parseScenarioOutcome } from "@sagsflow/scenarios";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { makeTestApp } from "../../../api/src/testing/testApp";
import { expectThat, type ProbeCase, runProbe } from "./probe";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];
const LIMITS = { maxBodyBytes: 1 << 20 };

const post = (app: App, type: string, body: string) =>
  app.request("/api/scenarios/validate", {
    method: "POST",
    headers: { "content-type": type },
    body,
  });

const isProblem = (res: Response, status: number) =>
  res.status === status &&
  /^application\/problem\+json/.test(res.headers.get("content-type") ?? "");

const bomb = (levels: number) => {
  const rows = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < levels; i++)
    rows.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  return `${rows.join("\n")}\n`;
};

const HOSTILE_YAML: ReadonlyArray<readonly [string, string]> = [
  ["alias bomb (10^9 nodes)", bomb(9)],
  ["undefined alias", "schemaVersion: 1\nlevers: *nowhere\n"],
  ["self alias", "a: &x [1, *x]\n"],
  ["nested [ x 100,000", `a: ${"[".repeat(100_000)}\n`],
  ["nested { x 50,000", `a: ${"{a: ".repeat(50_000)}\n`],
  ["block nesting 200", Array.from({ length: 200 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")],
  ["!!set", "schemaVersion: 1\nx: !!set {a, b}\n"],
  ["!!binary", "schemaVersion: 1\nx: !!binary aGk=\n"],
  ["__proto__ key", "schemaVersion: 1\n__proto__: { polluted: 1 }\n"],
  ["duplicate key", "schemaVersion: 1\nid: a\nid: b\n"],
  ["two documents", "a: 1\n---\nb: 2\n"],
  ["text over 262,144 characters", `a: "${"x".repeat(270_000)}"\n`],
];

export const hostileBodiesProbe = async () => {
  const { app } = await makeTestApp({ config: LIMITS });
  const yamlCases = HOSTILE_YAML.map(
    ([name, yaml]): ProbeCase => ({
      name,
      run: async () => {
        const res = await post(app, "application/yaml", yaml);
        return expectThat(isProblem(res, 422), `status ${res.status}`);
      },
    }),
  );
  const jsonCases = [33, 100, 1_000, 10_000, 100_000].map(
    (depth): ProbeCase => ({
      name: `JSON nested ${depth} deep`,
      run: async () => {
        const res = await post(
          app,
          "application/json",
          `{"yaml": ${"[".repeat(depth)}${"]".repeat(depth)}}`,
        );
        return expectThat(isProblem(res, 400), `status ${res.status}`);
      },
    }),
  );
  return runProbe("Hostile request bodies (YAML 422, JSON 400, never 500)", [
    ...yamlCases,
    ...jsonCases,
  ]);
};

const fill = (size: number, unit: (i: number) => string, head = "") => {
  let text = head;
  for (let i = 0; text.length < size; i++) text += unit(i);
  return text;
};

const HEAD = "schemaVersion: 1\nid: stor\nname: Stor\nextends: baseline.yaml\n";
const LARGE_YAML: ReadonlyArray<readonly [string, string]> = [
  [
    "baseline-sized variant (9.5 KB)",
    readFileSync(join(LIBRARY_DIR, "baseline.yaml"), "utf8").replace("id: baseline", "id: stor"),
  ],
  ["6,000 keys (64 KB)", fill(64_000, (i) => `k${i}: ${i}\n`, HEAD)],
  ["flow list (128 KB)", fill(128_000, (i) => `${i}, `, `${HEAD}x: [`).concat("0]\n")],
  ["list of maps (128 KB)", fill(128_000, (i) => `  - {a: ${i}, b: x}\n`, `${HEAD}x:\n`)],
  ["anchors (128 KB)", fill(128_000, (i) => `  - &a${i} x\n`, `${HEAD}x:\n`)],
  ["quoted texts (250 KB)", fill(250_000, (i) => `  - 'a''b${i}'\n`, `${HEAD}x:\n`)],
];

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

/**
 * The event loop's own work per request, in CPU milliseconds (an upper bound on its longest block, and what the
 * block would be on an idle machine): the request answered again from the parse cache, plus handing the worker's
 * outcome over (JSON). The wall-clock gaps between 5 ms ticks during the first request are reported beside it; on
 * a loaded machine they also hold the time other processes had the cores.
 */
export const eventLoopProbe = async () => {
  const { app } = await makeTestApp({ config: LIMITS });
  const figures: string[] = [];
  const cases = LARGE_YAML.map(
    ([name, yaml]): ProbeCase => ({
      name,
      run: async () => {
        let last = performance.now();
        let longest = 0;
        const ticker = setInterval(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }, 5);
        const first = await post(app, "application/yaml", yaml);
        clearInterval(ticker);
        longest = Math.max(longest, performance.now() - last);
        const json = outcomeToJson(parseScenarioOutcome(yaml));
        const handOver = process.cpuUsage();
        outcomeFromJson(json);
        const handOverMs = cpuMs(handOver);
        const again = process.cpuUsage();
        const second = await post(app, "application/yaml", yaml);
        const work = cpuMs(again) + handOverMs;
        figures.push(`${name}: ${work.toFixed(0)} ms CPU (gap ${longest.toFixed(0)} ms)`);
        return expectThat(
          first.status < 500 && second.status === first.status && work <= 50,
          `status ${first.status}, ${work.toFixed(0)} ms CPU on the event loop`,
        );
      },
    }),
  );
  return runProbe("Event loop work per large scenario text (≤ 50 ms CPU)", cases, () => figures);
};
