/**
 * Follows a scenario's `extends` chain through an injected reader, so the same code serves files on disk (node)
 * and texts fetched over HTTP (browser). Returns the chain baseline first. A problem with a target is reported at
 * the `extends` line of the file that names it.
 */
import { Result } from "effect";
import type { ScenarioSource } from "./compileScenario";
import { parseScenarioText } from "./parseScenarioText";
import { ScenarioInvalid, showValue } from "./scenarioInvalid";

export interface ScenarioReader {
  /** The file's text, or undefined when it does not exist. */
  readonly read: (file: string) => string | undefined;
  /** Resolves `extends` relative to the file that names it. */
  readonly resolve: (from: string, target: string) => string;
  readonly isLibrary: (file: string) => boolean;
  /** Why `file` may not be read as part of the chain that starts at `top` (not a regular file, outside the roots). */
  readonly refuse?: (file: string, top: string) => string | undefined;
}

const MAX_DEPTH = 8;

export const readScenarioChain = (
  file: string,
  reader: ScenarioReader,
): Result.Result<ReadonlyArray<ScenarioSource>, ScenarioInvalid> => {
  const chain: ScenarioSource[] = [];
  const seen = new Set<string>();
  let current = file;
  let namedBy: ScenarioSource | undefined;
  const fail = (value: string, message: string) => {
    const at = namedBy?.locate?.(["extends"]);
    const problem = {
      file: namedBy?.file ?? current,
      line: at?.line ?? null,
      column: at?.column ?? null,
      field: namedBy === undefined ? "" : "extends",
      value,
      message,
    };
    return Result.fail(new ScenarioInvalid({ problems: [problem] }));
  };
  for (;;) {
    if (seen.has(current)) return fail(current, "extends forms a cycle");
    if (seen.size >= MAX_DEPTH) return fail(current, `extends is nested deeper than ${MAX_DEPTH}`);
    seen.add(current);
    const refusal = reader.refuse?.(current, file);
    if (refusal !== undefined) return fail(current, refusal);
    const text = reader.read(current);
    if (text === undefined) return fail(current, "scenario file not found");
    const parsed = parseScenarioText(current, text, reader.isLibrary(current));
    if (Result.isFailure(parsed)) return Result.fail(parsed.failure);
    chain.unshift(parsed.success);
    namedBy = parsed.success;
    const target = (parsed.success.tree as { extends?: unknown } | null)?.extends;
    if (target === undefined) return Result.succeed(chain);
    if (typeof target !== "string" || target.trim() === "") {
      return fail(showValue(target), "extends must name a scenario file");
    }
    current = reader.resolve(current, target);
  }
};
