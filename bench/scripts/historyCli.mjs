// History CLI figures on the full demo history (seed 1, about 2,300 cases): demo-history --out, import into a
// fresh SQLite file, history kpis --json, export --format xes. Wall time of the real bin; lower is better,
// ratio = target / value (targets are our own choice: interactive use on a laptop).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = fileURLToPath(new URL("../../api/bin/sagsflow.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sagsflow-bench-histcli-"));
const env = { ...process.env, SAGSFLOW_STORE: "sqlite", SAGSFLOW_DB: join(dir, "bench.db") };

const seconds = (args) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env,
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    throw new Error(`sagsflow ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
};

const line = (name, value, target) =>
  console.log(
    `BENCH ${name} ${value.toFixed(2)} s target ${target} ratio ${(target / value).toFixed(2)}`,
  );

try {
  const csv = join(dir, "fjordby.csv");
  line("cli-demo-history-out", seconds(["demo-history", "--seed", "1", "--out", csv]), 10);
  line(
    "cli-import-demo-sqlite",
    seconds(["import", csv, "--mapping", `${csv}.mapping.yaml`, "--json"]),
    15,
  );
  line("cli-history-kpis-demo", seconds(["history", "kpis", "--json"]), 5);
  line(
    "cli-export-xes-demo",
    seconds(["export", "--format", "xes", "--out", join(dir, "h.xes")]),
    5,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
