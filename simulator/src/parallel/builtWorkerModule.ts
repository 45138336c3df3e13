/**
 * Where a worker thread finds the JavaScript of a TypeScript module: `<package>/x.ts` maps to the package's build
 * `<package>/dist/x.js` (scripts/buildPackage.mjs) when that build, and the builds of the workspace packages it
 * depends on, are at least as new as their sources. A worker that loads built JavaScript starts in a fraction of
 * the time it takes to compile the sources through tsx; a stale build would run other code than the caller's.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const BUILD_STAMP = join("dist", ".built");
const SOURCE_FOLDERS = ["src", "examples"];

/** The nearest folder at or above `file` holding a package.json. */
export const packageRoot = (file: string): string | null => {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return null;
  }
};

const newestSource = (root: string): number => {
  let newest = statSync(join(root, "package.json")).mtimeMs;
  for (const folder of SOURCE_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
    }
  }
  return newest;
};

/** Installed from a registry or tarball (not a workspace link): its build is what was published, whatever the file times. */
const isInstalled = (root: string): boolean => root.split(/[\\/]/).includes("node_modules");

const installedPackage = (from: string, name: string): string | null => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return null;
  }
};

const manifestOf = (
  root: string,
): { scripts?: Record<string, string>; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const hasBuildScript = (root: string): boolean => manifestOf(root).scripts?.build !== undefined;

/** The package's build exists and no source of it, or of a built workspace package it depends on, is newer. */
const buildIsFresh = (root: string, checked: Set<string>): boolean => {
  if (checked.has(root)) return true;
  checked.add(root);
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp) || newestSource(root) > statSync(stamp).mtimeMs) return false;
  const manifest = manifestOf(root);
  return Object.keys(manifest.dependencies ?? {}).every((name) => {
    const dependency = installedPackage(root, name);
    // Only a workspace package (linked, not installed) with a build of its own can be stale.
    return (
      dependency === null ||
      isInstalled(dependency) ||
      !hasBuildScript(dependency) ||
      buildIsFresh(dependency, checked)
    );
  });
};

/** The file URL of the fresh build of `moduleUrl` (a `.ts` file URL), or null when there is none. */
export const builtWorkerModule = (moduleUrl: string): string | null => {
  if (!moduleUrl.startsWith("file:")) return null;
  const file = fileURLToPath(moduleUrl);
  const root = packageRoot(file);
  if (root === null) return null;
  const built = join(root, "dist", relative(root, file).replace(/\.[mc]?tsx?$/, ".js"));
  const usable = existsSync(built) && (isInstalled(root) || buildIsFresh(root, new Set()));
  return usable ? pathToFileURL(built).href : null;
};
