// CLI figures: start-up (`sagsflow --help`, median of 5) and the acceptance command (compare, 20 replications).
// Lower is better; ratio = target / value.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = fileURLToPath(new URL("../../api/bin/sagsflow.js", import.meta.url));

const seconds = (args) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SAGSFLOW_STORE: "memory" },
  });
  if (run.status !== 0)
    throw new Error(`sagsflow ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
};

const line = (name, value, target) =>
  console.log(
    `BENCH ${name} ${value.toFixed(2)} s target ${target} ratio ${(target / value).toFixed(2)}`,
  );

const help = Array.from({ length: 5 }, () => seconds(["--help"])).sort((a, b) => a - b)[2];
line("cli-startup-help", help, 2);
const compare = seconds([
  "compare",
  "scenarios/library/baseline.yaml",
  "scenarios/library/vs-foer-raskmelding.yaml",
  "--seed",
  "1",
  "--replications",
  "20",
  "--json",
]);
line("cli-compare-acceptance-20reps", compare, 30);
