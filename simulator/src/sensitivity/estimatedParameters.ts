/**
 * The parameters a sensitivity analysis varies: every numeric estimate of a compiled scenario with a real range.
 * Takes provenance structurally, so the simulator need not import @sagsflow/scenarios.
 */

/** What the sensitivity analysis needs of a parameter's provenance (scenarios' `Provenance` fits). */
export type ProvenanceLike =
  | {
      readonly kind: "estimate";
      readonly estimate: { readonly low: unknown; readonly high: unknown };
    }
  | { readonly kind: string };

export interface EstimatedParameter {
  /** Dotted path into the model parameters, e.g. `staff.sagsbehandler.fte`. */
  readonly path: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Horizon entries are run settings (window, warm-up, case cap), not assumptions about the jobcentre. */
const RUN_SETTINGS = "horizon.";

export const valueAtPath = (tree: unknown, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      tree,
    );

/** Numeric estimates with low < high and a numeric value, in path order; others are skipped. */
export const estimatedParameters = (
  provenance: ReadonlyMap<string, ProvenanceLike>,
  params: unknown,
): ReadonlyArray<EstimatedParameter> => {
  const out: EstimatedParameter[] = [];
  for (const [path, p] of provenance) {
    if (p.kind !== "estimate" || !("estimate" in p) || path.startsWith(RUN_SETTINGS)) continue;
    const { low, high } = p.estimate;
    const value = valueAtPath(params, path);
    if (typeof low !== "number" || typeof high !== "number" || typeof value !== "number") continue;
    if (!(low < high)) continue;
    out.push({ path, value, low, high });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};

/** A copy of `tree` with the number at `path` replaced; the input is left untouched. */
export const withParameter = <T>(tree: T, path: string, value: number): T => {
  const [head, ...rest] = path.split(".");
  if (head === undefined || typeof tree !== "object" || tree === null) return tree;
  const node = tree as Record<string, unknown>;
  const next = rest.length === 0 ? value : withParameter(node[head], rest.join("."), value);
  // A schedule's steps are a list (`schedules.0.steps.1.value`): copy it as a list.
  if (Array.isArray(tree)) return tree.map((v, i) => (String(i) === head ? next : v)) as T;
  return { ...node, [head]: next } as T;
};
