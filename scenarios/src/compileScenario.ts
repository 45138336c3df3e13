/**
 * Compiles a chain of scenario sources (baseline first, the variant last) into model parameters:
 * provenance checked per file, overlays applied, the result decoded with the model's Schema and checked for sense.
 * Pure and browser-safe: file reading lives in loadScenario.node.ts.
 */
import { ModelParams } from "@sagsflow/simulator/model";
import { Result, Schema, SchemaIssue } from "effect";
import { applyOverlay } from "./overlay";
import { type Provenance, pathKey, stripProvenance } from "./provenance";
import { META_KEYS, ScenarioMeta } from "./scenarioMeta";
import { ScenarioInvalid, type ScenarioProblem, showValue } from "./scenarioInvalid";
import { semanticChecks } from "./semanticChecks";
import {
  type CompiledSchedules,
  compileSchedules,
  replaceSchedules,
  scheduleProblems,
} from "./scheduleNodes";

/** Where a path's value stands in its file (1-based), when the source text is known. */
export type Locate = (path: ReadonlyArray<string>) => { line: number; column: number } | undefined;

export interface ScenarioSource {
  readonly file: string;
  readonly tree: unknown;
  /** Library files must give every parameter a source or an estimate. */
  readonly library: boolean;
  readonly locate?: Locate;
}

export interface CompiledScenario {
  readonly meta: ScenarioMeta;
  readonly params: ModelParams;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly files: ReadonlyArray<string>;
}

const splitTree = (
  tree: unknown,
): { meta: Record<string, unknown>; params: Record<string, unknown> } => {
  const meta: Record<string, unknown> = {};
  const params: Record<string, unknown> = {};
  if (typeof tree === "object" && tree !== null && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) (META_KEYS.has(k) ? meta : params)[k] = v;
  }
  return { meta, params };
};

const problemAt = (
  chain: ReadonlyArray<ScenarioSource>,
  path: ReadonlyArray<PropertyKey>,
  value: unknown,
  message: string,
): ScenarioProblem => {
  const segments = path.map(String);
  // The most derived file that mentions the path is where the value came from; a missing field is reported at
  // the nearest enclosing field that is there (at worst the document's first line).
  for (let depth = segments.length; depth >= 0; depth--) {
    for (let i = chain.length - 1; i >= 0; i--) {
      const source = chain[i] as ScenarioSource;
      const at = source.locate?.(segments.slice(0, depth));
      if (at !== undefined) {
        return {
          file: source.file,
          line: at.line,
          column: at.column,
          field: segments.join("."),
          value: showValue(value),
          message,
        };
      }
    }
  }
  const last = chain[chain.length - 1];
  return {
    file: last?.file ?? "(scenario)",
    line: null,
    column: null,
    field: segments.join("."),
    value: showValue(value),
    message,
  };
};

const valueAt = (tree: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === "object" && node !== null
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    tree,
  );

/** `schedules` is written where each value stands (scheduleNodes.ts), never as a key of its own. */
const PARAMETER_KEYS: ReadonlySet<string> = new Set(
  Object.keys(ModelParams.fields).filter((k) => k !== "schedules"),
);

/**
 * Top-level keys that are no model parameter, refused as the schema would refuse them and dropped before the tree
 * is walked: a file of thousands of unknown keys, or one unknown key over a large value, then costs next to nothing.
 */
const dropUnknownKeys = (
  source: ScenarioSource,
  params: Record<string, unknown>,
  problems: ScenarioProblem[],
): void => {
  for (const k of Object.keys(params)) {
    if (PARAMETER_KEYS.has(k)) continue;
    if (problems.length < MAX_PROBLEMS) {
      problems.push(problemAt([source], [k], params[k], "Expected no excess property"));
    }
    delete params[k];
  }
};

/** Schema problems listed per part (meta, parameters); `ScenarioInvalid.message` counts what is listed. */
export const MAX_PROBLEMS = 50;

const decodeOrProblems = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  input: unknown,
  toProblem: (path: ReadonlyArray<PropertyKey>, message: string) => ScenarioProblem,
): Result.Result<S["Type"], ScenarioProblem[]> => {
  const decoded = Schema.decodeUnknownResult(schema, { onExcessProperty: "error", errors: "all" })(
    input,
  );
  if (Result.isSuccess(decoded)) return Result.succeed(decoded.success);
  const issues = SchemaIssue.makeFormatterStandardSchemaV1()(decoded.failure.issue).issues;
  // Listing thousands of problems (a file of unknown keys) costs the caller's thread more than it tells anyone.
  return Result.fail(
    issues.slice(0, MAX_PROBLEMS).map((i) =>
      toProblem(
        (i.path ?? []).map((p) => (typeof p === "object" ? p.key : p)),
        i.message,
      ),
    ),
  );
};

/** Each later value of a schedule checked as the field it stands for (a share stays a share), named at its step. */
const scheduledValueProblems = (
  chain: ReadonlyArray<ScenarioSource>,
  plain: unknown,
  values: CompiledSchedules["values"],
): ReadonlyArray<ScenarioProblem> =>
  values.flatMap((v) => {
    const decoded = decodeOrProblems(ModelParams, setAt(plain, v.path, v.value), (_path, msg) =>
      problemAt(chain, v.at, v.value, msg),
    );
    return Result.isFailure(decoded) ? decoded.failure : [];
  });

const setAt = (tree: unknown, path: ReadonlyArray<string>, value: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const node = (typeof tree === "object" && tree !== null ? tree : {}) as Record<string, unknown>;
  return { ...node, [head]: setAt(node[head], rest, value) };
};

export const compileScenario = (
  chain: ReadonlyArray<ScenarioSource>,
): Result.Result<CompiledScenario, ScenarioInvalid> => {
  const problems: ScenarioProblem[] = [];
  let mergedParams: unknown = {};
  let mergedMeta: Record<string, unknown> = {};
  for (const source of chain) {
    const { meta, params } = splitTree(source.tree);
    dropUnknownKeys(source, params, problems);
    const { tree, found } = replaceSchedules(params);
    for (const p of [
      ...stripProvenance(tree, { requireProvenance: source.library }).problems,
      ...scheduleProblems(found, source.library),
    ]) {
      problems.push(problemAt([source], p.path, p.value, p.message));
    }
    mergedParams = applyOverlay(mergedParams, params);
    mergedMeta = { ...mergedMeta, ...meta };
  }
  delete mergedMeta.extends;
  const merged = replaceSchedules(mergedParams);
  const stripped = stripProvenance(merged.tree, { requireProvenance: false });
  const scheduled = problems.length === 0 ? compileSchedules(merged.found) : undefined;
  if (scheduled !== undefined && scheduled.schedules.length > 0)
    (stripped.plain as Record<string, unknown>).schedules = scheduled.schedules;
  const meta = decodeOrProblems(ScenarioMeta, mergedMeta, (path, msg) =>
    problemAt(chain, path, valueAt(mergedMeta, path), msg),
  );
  const params = decodeOrProblems(ModelParams, stripped.plain, (path, msg) =>
    problemAt(chain, path, valueAt(stripped.plain, path), msg),
  );
  if (Result.isFailure(meta)) problems.push(...meta.failure);
  if (Result.isFailure(params)) problems.push(...params.failure);
  if (Result.isSuccess(params) && scheduled !== undefined) {
    problems.push(...scheduledValueProblems(chain, stripped.plain, scheduled.values));
  }
  if (Result.isSuccess(params)) {
    for (const p of semanticChecks(params.success))
      problems.push(problemAt(chain, p.path, p.value, p.message));
  }
  if (problems.length > 0 || Result.isFailure(meta) || Result.isFailure(params)) {
    return Result.fail(new ScenarioInvalid({ problems }));
  }
  return Result.succeed({
    meta: meta.success,
    params: params.success,
    provenance: new Map([...stripped.provenance, ...(scheduled?.provenance ?? [])]),
    files: chain.map((s) => s.file),
  });
};

export { pathKey };
