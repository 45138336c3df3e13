/**
 * Parses one scenario file's YAML text, keeping positions so problems can name line and column. The text is held to
 * the limits in yamlLimits.ts before parsing (size, flow nesting) and after (inspectYaml), before any plain value
 * is built, so a hostile file costs bounded time and gives one clear problem. Outcomes are plain data, cached by
 * text, so a parse done in a worker thread (parseInWorker.node.ts) spares the caller's thread the work.
 */
import { Result } from "effect";
import { LineCounter, parseDocument } from "yaml";
import type { ScenarioSource } from "./compileScenario";
import { inspectYaml } from "./inspectYaml";
import { ScenarioInvalid, type ScenarioProblem } from "./scenarioInvalid";
import { flowDepthAt, MAX_ALIASES, MAX_NESTING, MAX_SCENARIO_CHARS } from "./yamlLimits";
import { locateIn, type YamlPositions, yamlPositions } from "./yamlPositions";

/** A parse's result without its file name: the tree and field positions, or the one problem (file left ""). */
export type ParseOutcome =
  | { readonly ok: true; readonly tree: unknown; readonly positions: YamlPositions }
  | { readonly ok: false; readonly problem: ScenarioProblem };

const refuse = (
  at: { line: number; col: number } | undefined,
  field: string,
  value: string,
  message: string,
): ParseOutcome => ({
  ok: false,
  problem: { file: "", line: at?.line ?? 1, column: at?.col ?? 1, field, value, message },
});

/** Parses without a cache; pure and structured-clone-safe in its result. */
export const parseScenarioOutcome = (text: string): ParseOutcome => {
  if (text.length > MAX_SCENARIO_CHARS) {
    const message = `scenario text is longer than ${MAX_SCENARIO_CHARS} characters`;
    return refuse(undefined, "", `${text.length} characters`, message);
  }
  const deepAt = flowDepthAt(text, MAX_NESTING);
  if (deepAt !== undefined) {
    const before = text.slice(0, deepAt);
    const at = { line: before.split("\n").length, col: deepAt - before.lastIndexOf("\n") };
    return refuse(at, "", "[ / {", `nested deeper than ${MAX_NESTING} levels`);
  }
  const lines = new LineCounter();
  // Duplicate keys are found by inspectYaml in linear time (the parser's own check is quadratic in a map's size).
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const error = doc.errors[0] ?? doc.warnings[0];
  if (error !== undefined) {
    const message = error.message.split("\n")[0] ?? "invalid YAML";
    return refuse(lines.linePos(error.pos[0]), "", "(YAML)", message);
  }
  const finding = inspectYaml(doc);
  if (finding !== undefined) {
    const at = lines.linePos(finding.offset);
    return refuse(at, finding.path.join("."), finding.value, finding.message);
  }
  const tree = doc.toJS({ maxAliasCount: MAX_ALIASES });
  return { ok: true, tree, positions: yamlPositions(doc.contents, lines) };
};

/**
 * An outcome as JSON text, and back. A worker hands its outcome over this way: parsing JSON costs the receiving
 * thread a few milliseconds where a structured clone of the tree and position map costs it tens to hundreds.
 * Trees hold plain values only (inspectYaml refuses the rest), so the round trip is exact.
 */
export const outcomeToJson = (outcome: ParseOutcome): string =>
  JSON.stringify(outcome.ok ? { ...outcome, positions: [...outcome.positions] } : outcome);

export const outcomeFromJson = (json: string): ParseOutcome => {
  const o = JSON.parse(json) as
    | {
        ok: true;
        tree: unknown;
        positions: Array<[string, { line: number; column: number } | null]>;
      }
    | { ok: false; problem: ScenarioProblem };
  return o.ok ? { ok: true, tree: o.tree, positions: new Map(o.positions) } : o;
};

const CACHE_SIZE = 64;
const cache = new Map<string, ParseOutcome>();

/** Keeps an outcome for `text` (the most recent CACHE_SIZE texts are kept). */
export const rememberParse = (text: string, outcome: ParseOutcome): void => {
  cache.delete(text);
  cache.set(text, outcome);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
};

export const isParseRemembered = (text: string): boolean => cache.has(text);

export const parseScenarioText = (
  file: string,
  text: string,
  library: boolean,
): Result.Result<ScenarioSource, ScenarioInvalid> => {
  const outcome = cache.get(text) ?? parseScenarioOutcome(text);
  rememberParse(text, outcome);
  if (!outcome.ok) {
    return Result.fail(new ScenarioInvalid({ problems: [{ ...outcome.problem, file }] }));
  }
  // Each caller gets its own tree: compiling must not see another caller's edits.
  const tree = structuredClone(outcome.tree);
  return Result.succeed({ file, tree, library, locate: locateIn(outcome.positions) });
};
