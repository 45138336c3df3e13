/** Node-only: loads a scenario file and its `extends` chain from disk and compiles it. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Result } from "effect";
import { type CompiledScenario, compileScenario } from "./compileScenario";
import { readScenarioChain, type ScenarioReader } from "./scenarioChain";
import type { ScenarioInvalid } from "./scenarioInvalid";

/** The shipped scenario library (`scenarios/library`). */
export const LIBRARY_DIR = fileURLToPath(new URL("../library", import.meta.url));

const isLibrary = (file: string): boolean => {
  const rel = relative(LIBRARY_DIR, resolve(file));
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
};

export const fileReader: ScenarioReader = {
  read: (file) => (existsSync(file) ? readFileSync(file, "utf8") : undefined),
  resolve: (from, target) => resolve(dirname(from), target),
  isLibrary,
};

export const loadScenario = (file: string): Result.Result<CompiledScenario, ScenarioInvalid> => {
  const chain = readScenarioChain(file, fileReader);
  return Result.isFailure(chain) ? Result.fail(chain.failure) : compileScenario(chain.success);
};
