/**
 * Provenance of scenario parameters: `{value, source}` (a sourced fact) or `{value, estimate: {low, high, note}}`
 * (a tunable assumption). Stripping it yields plain model parameters plus a map from parameter path to provenance.
 */
import { checkEstimate } from "./checkEstimate";

/** An estimate's bounds share its value's kind: numbers (also for every number inside a range or list), dates, or null. */
export type EstimateBound = number | string | null;

export interface Estimate {
  readonly low: EstimateBound;
  readonly high: EstimateBound;
  readonly note: string;
}

export type Provenance =
  | { readonly kind: "source"; readonly source: string }
  | { readonly kind: "estimate"; readonly estimate: Estimate }
  | { readonly kind: "bare" };

/** A problem found while stripping provenance, at a parameter path. */
export interface ProvenanceProblem {
  readonly path: ReadonlyArray<string>;
  readonly value: unknown;
  readonly message: string;
}

export interface Stripped {
  readonly plain: unknown;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly problems: ReadonlyArray<ProvenanceProblem>;
}

const PROVENANCE_KEYS = new Set(["value", "source", "estimate"]);

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u);

/** True for `{value, ...}` objects whose every key is a provenance key. */
export const isProvenanceNode = (u: unknown): u is Record<string, unknown> =>
  isRecord(u) && "value" in u && Object.keys(u).every((k) => PROVENANCE_KEYS.has(k));

export const pathKey = (path: ReadonlyArray<string>): string => path.join(".");

const readProvenance = (
  node: Record<string, unknown>,
  path: ReadonlyArray<string>,
  problems: ProvenanceProblem[],
): Provenance => {
  if ("source" in node) {
    if (typeof node.source !== "string" || node.source.trim() === "") {
      problems.push({
        path: [...path, "source"],
        value: node.source,
        message: "source must be a non-empty text",
      });
    }
    return { kind: "source", source: String(node.source) };
  }
  const estimate = node.estimate;
  if (estimate === undefined) return { kind: "bare" };
  const problem = checkEstimate(estimate, node.value);
  if (problem !== undefined) {
    problems.push({
      path: [...path, ...problem.at],
      value: problem.value,
      message: problem.message,
    });
    return { kind: "bare" };
  }
  const e = estimate as unknown as Estimate;
  return { kind: "estimate", estimate: { low: e.low, high: e.high, note: e.note } };
};

/**
 * Replaces every provenance node by its value. With `requireProvenance` (library files), a bare value that is not
 * inside a provenance node is a problem: library parameters must say where they come from.
 */
export const stripProvenance = (
  tree: unknown,
  options: { readonly requireProvenance: boolean },
): Stripped => {
  const provenance = new Map<string, Provenance>();
  const problems: ProvenanceProblem[] = [];
  const walk = (node: unknown, path: ReadonlyArray<string>): unknown => {
    if (isProvenanceNode(node)) {
      const p = readProvenance(node, path, problems);
      if (p.kind === "bare" && options.requireProvenance) {
        problems.push({
          path,
          value: node.value,
          message: "library parameter needs a source or an estimate",
        });
      }
      provenance.set(pathKey(path), p);
      return node.value;
    }
    if (isRecord(node)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, [...path, k]);
      return out;
    }
    if (options.requireProvenance && node !== undefined) {
      problems.push({
        path,
        value: node,
        message: "library parameter needs {value, source} or {value, estimate}",
      });
    }
    provenance.set(pathKey(path), { kind: "bare" });
    return node;
  };
  const plain = walk(tree, []);
  return { plain, provenance, problems };
};
