#!/usr/bin/env node
// Runs the README's test command (`npm test`, i.e. scripts/test.mjs) with CPU-burning processes beside it, as a
// busy CI machine or a workshop laptop would be (issue 18 item 8): two busy loops by default (`--burners N`).
// Prints the load average before, during and after, the suite's own closing line, and one summary line:
// `under load: N burners, load ~X, tests exit C in S s`. The burners are stopped by their process ids at the end.
import { spawn } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const at = args.indexOf("--burners");
const burners = at === -1 ? 2 : Number(args[at + 1]);
const passOn = at === -1 ? args : args.filter((_, i) => i !== at && i !== at + 1);
if (!Number.isInteger(burners) || burners < 0 || burners > 64) {
  console.error(`--burners skal være et helt tal fra 0 til 64, fik ${args[at + 1]}`);
  process.exit(2);
}

const load = () => loadavg()[0].toFixed(2);
console.log(
  `under load: ${availableParallelism()} cores, load ${load()} before, starting ${burners} burners`,
);
const burning = Array.from({ length: burners }, () =>
  spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
);
const samples = [];
const sampler = setInterval(() => samples.push(loadavg()[0]), 10_000);
const stopBurners = () => {
  clearInterval(sampler);
  for (const child of burning) if (child.exitCode === null) child.kill("SIGKILL");
};
process.on("SIGINT", () => {
  stopBurners();
  process.exit(130);
});

const started = Date.now();
const suite = spawn(process.execPath, ["scripts/test.mjs", ...passOn], {
  cwd: root,
  stdio: "inherit",
});
suite.on("exit", (code) => {
  stopBurners();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const mean =
    samples.length === 0
      ? load()
      : (samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2);
  const peak = samples.length === 0 ? load() : Math.max(...samples).toFixed(2);
  console.log(
    `under load: ${burners} burners, load mean ${mean} (peak ${peak}) over ${samples.length} samples, tests exit ${code} in ${seconds} s`,
  );
  process.exit(code ?? 1);
});
