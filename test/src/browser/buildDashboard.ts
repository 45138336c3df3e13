/**
 * Builds viz/dist before a browser test, so the server serves the dashboard of this checkout. Several browser test
 * files run in parallel: a lock directory lets one build while the others wait, and a stamp of the newest source
 * time skips a build when nothing changed since the last one.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./startServer";

const SOURCES = [
  "viz/src",
  "viz/index.html",
  "viz/vite.config.ts",
  "scenarios/library",
  "scenarios/src",
  "simulator/src",
  "domain/src",
];
const dist = join(repoRoot, "viz/dist");
const stampFile = join(dist, ".source-stamp");
const lockDir = join(repoRoot, "viz/.build-lock");

const newest = (path: string): number => {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
};

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const withLock = (work: () => void): void => {
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than five minutes belongs to a build that died; take it over.
      const held = statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - held > 300_000) rmSync(lockDir, { recursive: true, force: true });
      if (i > 3000) throw new Error(`viz build lock ${lockDir} held for over 5 minutes`);
      sleepSync(100);
    }
  }
  try {
    work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
};

export const buildDashboard = (): void =>
  withLock(() => {
    const stamp = String(Math.max(...SOURCES.map((s) => newest(join(repoRoot, s)))));
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
    execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
      cwd: join(repoRoot, "viz"),
      stdio: "inherit",
    });
    writeFileSync(stampFile, stamp);
  });
