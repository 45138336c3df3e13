// `npm start`: builds the dashboard if it is missing and buildable, then starts the API server with tsx
// (TypeScript packages need no build). Environment: PORT, SAGSFLOW_STORE, SAGSFLOW_DB, SAGSFLOW_HOST, SAGSFLOW_TOKEN.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vizDist = `${root}viz/dist`;
const vizPackage = `${root}viz/package.json`;

const hasBuildScript = () => {
  try {
    return typeof JSON.parse(readFileSync(vizPackage, "utf8")).scripts?.build === "string";
  } catch {
    return false;
  }
};

if (!existsSync(`${vizDist}/index.html`) && hasBuildScript()) {
  console.log("bygger dashboardet (viz) ...");
  const build = spawnSync("npm", ["run", "build", "-w", "viz"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) console.log("dashboardet kunne ikke bygges; API'et startes alligevel");
}

// tsx as a loader in this node process's child: one process, so signals reach the server directly.
const args = ["--import", "tsx", `${root}api/src/server/main.ts`];
if (existsSync(`${vizDist}/index.html`)) args.push(vizDist);
const server = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
