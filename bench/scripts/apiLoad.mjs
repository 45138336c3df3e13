// Load benchmark of the HTTP API on loopback: 50 connections on read endpoints for 20 s while run submissions arrive
// at a bounded rate. Prints BENCH lines for read throughput and p99, and counts of 2xx, 429 and other statuses.
// Every accepted run must finish (checked after the load); "other" must be 0.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const MAIN = fileURLToPath(new URL("../../api/src/server/main.ts", import.meta.url));
const DURATION = Number(process.env.BENCH_API_SECONDS ?? 20);

const start = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
      env: { ...process.env, PORT: "0", SAGSFLOW_STORE: "memory", SAGSFLOW_DEMO: "0" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    child.stdout.on("data", (d) => {
      const m = /sagsflow kører på (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve({ url: m[1], child });
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });

const run = (opts) =>
  new Promise((resolve, reject) =>
    autocannon(opts, (err, res) => (err ? reject(err) : resolve(res))),
  );

const { url, child } = await start();
const seed = await fetch(`${url}/api/comparisons`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ baseline: "baseline", variants: [], replications: 2, cases: 100 }),
});
const comparison = seed.headers.get("location");
const submission = JSON.stringify({
  baseline: "baseline",
  variants: ["early-cv"],
  replications: 2,
  cases: 100,
});
const [reads, writes] = await Promise.all([
  run({
    url,
    connections: 50,
    duration: DURATION,
    requests: [
      { path: "/health" },
      { path: "/api/scenarios" },
      { path: comparison },
      { path: "/api/scenarios/early-cv" },
    ],
  }),
  run({
    url: `${url}/api/comparisons`,
    connections: 2,
    duration: DURATION,
    overallRate: 5,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: submission,
  }),
]);

// Every accepted run must finish: wait until none is running.
let list = [];
for (let i = 0; i < 600; i++) {
  list = await (await fetch(`${url}/api/comparisons`)).json();
  if (list.every((c) => c.status !== "running")) break;
  await new Promise((r) => setTimeout(r, 500));
}
child.kill("SIGTERM");

const statuses = (res) => ({
  ok: res["2xx"],
  other: res["1xx"] + res["3xx"] + res["4xx"] + res["5xx"] + res.errors + res.timeouts,
});
const r = statuses(reads);
const w = statuses(writes);
const tooMany = writes.statusCodeStats?.["429"]?.count ?? 0;
const accepted = list.length;
const completed = list.filter((c) => c.status === "completed").length;
const line = (name, value, unit, target, ratio) =>
  console.log(`BENCH ${name} ${value} ${unit} target ${target} ratio ${ratio.toFixed(2)}`);
line(
  "api.read.requestsPerSecond",
  Math.round(reads.requests.average),
  "req/s",
  2000,
  reads.requests.average / 2000,
);
line("api.read.p99Ms", reads.latency.p99, "ms", 50, 50 / Math.max(reads.latency.p99, 0.001));
line("api.read.2xx", r.ok, "responses", 1, r.ok >= 1 ? 1 : 0);
line("api.read.other", r.other, "responses", 0, r.other === 0 ? 1 : 0);
line("api.submit.2xx", w.ok, "responses", 1, w.ok >= 1 ? 1 : 0);
line("api.submit.429", tooMany, "responses", 0, 1);
line("api.submit.other", w.other - tooMany, "responses", 0, w.other - tooMany === 0 ? 1 : 0);
line(
  "api.runs.completedShare",
  completed / Math.max(accepted, 1),
  "share",
  1,
  completed / Math.max(accepted, 1),
);
process.exit(r.other === 0 && w.other - tooMany === 0 && completed === accepted ? 0 : 1);
