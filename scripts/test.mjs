#!/usr/bin/env node
// Runs every workspace's typecheck and tests through Turborepo, then sums vitest's JSON reports
// into the one closing line CI reads: `tests: N passed, N failed, N skipped`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;
const reportOf = (ws) => join(root, ws, ".reports", "vitest.json");

for (const ws of workspaces) rmSync(reportOf(ws), { force: true });

const started = Date.now();
const turbo = spawnSync(
  "npx",
  [
    "turbo",
    "run",
    "typecheck",
    "lint",
    "test",
    "--continue",
    "--concurrency=2",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
);

const totals = { passed: 0, failed: 0, skipped: 0 };
const perPackage = [];
for (const ws of workspaces) {
  if (!existsSync(reportOf(ws))) continue;
  const report = JSON.parse(readFileSync(reportOf(ws), "utf8"));
  const row = {
    ws,
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  perPackage.push(row);
  for (const k of Object.keys(totals)) totals[k] += row[k];
}
for (const r of perPackage) {
  console.log(`  ${r.ws.padEnd(12)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
const missing = workspaces.filter(
  (ws) => existsSync(join(root, ws, "package.json")) && !existsSync(reportOf(ws)),
);
const hasTestScript = (ws) =>
  Boolean(JSON.parse(readFileSync(join(root, ws, "package.json"), "utf8")).scripts?.test);
const silent = missing.filter(hasTestScript);
if (silent.length > 0) console.log(`no test report from: ${silent.join(", ")}`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`total test time: ${seconds} s`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);

const ok = turbo.status === 0 && totals.failed === 0 && totals.passed > 0 && silent.length === 0;
process.exit(ok ? 0 : 1);
