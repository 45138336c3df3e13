#!/usr/bin/env node
// Builds the workspace in the current directory to `dist/` (its `build` script): every `exports` entry's
// "development" source plus the extra entries given as arguments, bundled per entry with esbuild (relative imports
// inlined, shared code split into chunks, packages -- other workspaces included -- left as imports), then with
// `--types` the declarations through `tsc -p tsconfig.build.json`. `src/x.ts` becomes `dist/src/x.js`, the layout
// `builtModule` (simulator/src/parallel) relies on. `dist/.built` is written last: its time tells workers the build
// is at least as new as the sources.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const args = process.argv.slice(2);
const withTypes = args.includes("--types");
const extra = args.filter((a) => !a.startsWith("--"));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const sources = Object.values(pkg.exports ?? {})
  .map((target) => (typeof target === "object" ? target.development : undefined))
  .filter((source) => typeof source === "string");
const entryPoints = [...new Set([...sources, ...extra])];

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints,
  outdir: "dist",
  outbase: ".",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
if (withTypes) {
  const tsc = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
writeFileSync("dist/.built", `${entryPoints.join("\n")}\n`);
