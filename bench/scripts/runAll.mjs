// Runs every benchmark file in sequence with tsx; each prints its own BENCH lines.
// Add a line to `files` for a new benchmark (paths relative to this folder).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const files = [
  "simulator-engine.ts",
  "simpyPeer.ts",
  "eventstore-sqlite.ts",
  "historyImport.ts",
  "domain-decider.ts",
  "apiLoad.mjs",
  "simulator-model.ts",
  "historyReplay.ts",
  "eventstore-esdb.ts",
  "cli.mjs",
  "historyCli.mjs",
  "vizRerun.ts",
  "vizWorkshop.ts",
];

const here = fileURLToPath(new URL(".", import.meta.url));
let failed = 0;
for (const file of files) {
  const run = spawnSync("npx", ["tsx", "--expose-gc", `${here}${file}`], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`benchmark ${file} exited with ${run.status}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
