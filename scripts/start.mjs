// `npm start`: builds the dashboard quietly if it is missing, starts the API server (tsx: TypeScript packages need
// no build), prints the URL and one status line, and makes sure a demo comparison exists: on the first start it is
// computed once and stored like any run, so the first page opens on numbers. The server's JSON log lines go to
// sagsflow.log beside the database (SAGSFLOW_LOG=- keeps them on stderr).
// Environment: PORT, SAGSFLOW_STORE, SAGSFLOW_DB, SAGSFLOW_HOST, SAGSFLOW_TOKEN, SAGSFLOW_LOG,
// SAGSFLOW_DEMO_COMPARISON=0 (no demo comparison), SAGSFLOW_DEMO_REPLICATIONS (default 10).
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ensureDemoComparison } from "./demoComparison.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const vizDist = `${root}viz/dist`;

const hasBuildScript = () => {
  try {
    return (
      typeof JSON.parse(readFileSync(`${root}viz/package.json`, "utf8")).scripts?.build === "string"
    );
  } catch {
    return false;
  }
};

if (!existsSync(`${vizDist}/index.html`) && hasBuildScript()) {
  const build = spawnSync("npm", ["run", "build", "-w", "viz"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`);
    process.stderr.write("dashboardet kunne ikke bygges; API'et startes alligevel\n");
  }
}

const logTarget = () => {
  if (process.env.SAGSFLOW_LOG === "-") return process.stderr;
  const db = process.env.SAGSFLOW_DB || "data/sagsflow.db";
  const file = process.env.SAGSFLOW_LOG || resolve(root, dirname(db), "sagsflow.log");
  mkdirSync(dirname(file), { recursive: true });
  return createWriteStream(file, { flags: "a" });
};
const log = logTarget();

// tsx as a loader in this node process's child: signals are passed on, so the server closes its store cleanly.
// The "development" condition resolves the workspace packages to their sources (as npm sets it through .npmrc).
const args = ["--conditions=development", "--import", "tsx", `${root}api/src/server/main.ts`];
if (existsSync(`${vizDist}/index.html`)) args.push(vizDist);
const server = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));

// Structured log lines to the log; anything else (a start failure) stays on stderr where the user sees it.
createInterface({ input: server.stderr }).on("line", (line) => {
  (line.startsWith("{") ? log : process.stderr).write(`${line}\n`);
});
createInterface({ input: server.stdout }).on("line", (line) => {
  process.stdout.write(`${line}\n`);
  const url = /https?:\/\/\S+/.exec(line)?.[0];
  if (url === undefined || !line.includes("kører på")) return;
  void ensureDemoComparison(url, process.env).then(
    (status) => process.stdout.write(`${status}\n`),
    (error) => process.stdout.write(`demo-sammenligningen kunne ikke startes: ${error.message}\n`),
  );
});
