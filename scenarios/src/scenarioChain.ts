/**
 * Follows a scenario's `extends` chain through an injected reader, so the same code serves files on disk (node)
 * and texts fetched over HTTP (browser). Returns the chain baseline first.
 */
import { Result } from "effect";
import type { ScenarioSource } from "./compileScenario";
import { parseScenarioText } from "./parseScenarioText";
import { ScenarioInvalid } from "./scenarioInvalid";

export interface ScenarioReader {
  /** The file's text, or undefined when it does not exist. */
  readonly read: (file: string) => string | undefined;
  /** Resolves `extends` relative to the file that names it. */
  readonly resolve: (from: string, target: string) => string;
  readonly isLibrary: (file: string) => boolean;
}

const MAX_DEPTH = 8;

const fail = (file: string, field: string, value: string, message: string) =>
  Result.fail(
    new ScenarioInvalid({ problems: [{ file, line: null, column: null, field, value, message }] }),
  );

export const readScenarioChain = (
  file: string,
  reader: ScenarioReader,
): Result.Result<ReadonlyArray<ScenarioSource>, ScenarioInvalid> => {
  const chain: ScenarioSource[] = [];
  const seen = new Set<string>();
  let current: string | undefined = file;
  while (current !== undefined) {
    if (seen.has(current)) return fail(current, "extends", current, "extends forms a cycle");
    if (seen.size >= MAX_DEPTH)
      return fail(current, "extends", current, `extends is nested deeper than ${MAX_DEPTH}`);
    seen.add(current);
    const text = reader.read(current);
    if (text === undefined) return fail(current, "", current, "scenario file not found");
    const parsed = parseScenarioText(current, text, reader.isLibrary(current));
    if (Result.isFailure(parsed)) return Result.fail(parsed.failure);
    chain.unshift(parsed.success);
    const target = (parsed.success.tree as { extends?: unknown } | null)?.extends;
    if (target !== undefined && typeof target !== "string") {
      return fail(current, "extends", String(target), "extends must be a file name");
    }
    current = target === undefined ? undefined : reader.resolve(current, target);
  }
  return Result.succeed(chain);
};
