/** Node-only: loads a scenario file and its `extends` chain from disk and compiles it. */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Result } from "effect";
import { type CompiledScenario, compileScenario } from "./compileScenario";
import { readScenarioChain, type ScenarioReader } from "./scenarioChain";
import type { ScenarioInvalid } from "./scenarioInvalid";
import { MAX_SCENARIO_CHARS } from "./yamlLimits";

/** The shipped scenario library (`scenarios/library`). */
export const LIBRARY_DIR = fileURLToPath(new URL("../library", import.meta.url));

const isInside = (dir: string, file: string): boolean => {
  const rel = relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
};

const isLibrary = (file: string): boolean => isInside(LIBRARY_DIR, resolve(file));

const realOrSelf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * A chain may read regular files only (a directory, FIFO or device would fail or block), of bounded size, inside
 * the library or the folder of the file the user named (links resolved, so a link cannot lead outside).
 */
const refuse = (file: string, top: string): string | undefined => {
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(file);
  } catch {
    return undefined; // read() reports the missing file
  }
  if (stat.isDirectory()) return "extends names a folder, not a scenario file";
  if (!stat.isFile())
    return "extends names something that is not a regular file (a pipe or device)";
  // Four bytes per character at most: a larger file cannot be within the character limit.
  if (stat.size > 4 * MAX_SCENARIO_CHARS)
    return `file is larger than ${4 * MAX_SCENARIO_CHARS} bytes`;
  if (file === top) return undefined;
  const real = realOrSelf(file);
  const roots = [realOrSelf(LIBRARY_DIR), realOrSelf(dirname(top))];
  return roots.some((root) => isInside(root, real))
    ? undefined
    : "extends may only name files in the scenario library or in the folder of the named scenario";
};

export const fileReader: ScenarioReader = {
  read: (file) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  },
  resolve: (from, target) => resolve(dirname(from), target),
  isLibrary,
  refuse,
};

export const loadScenario = (file: string): Result.Result<CompiledScenario, ScenarioInvalid> => {
  const chain = readScenarioChain(file, fileReader);
  return Result.isFailure(chain) ? Result.fail(chain.failure) : compileScenario(chain.success);
};
