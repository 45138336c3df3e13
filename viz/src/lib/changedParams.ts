/** "Hvad er ændret": the parameters a variant sets differently from its baseline, as dotted paths. */

export interface ParamChange {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const walk = (a: unknown, b: unknown, path: string, out: ParamChange[]): void => {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) walk(a[k], b[k], path === "" ? k : `${path}.${k}`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, from: a, to: b });
};

/**
 * Leaf-by-leaf differences between two parameter trees; arrays compare as whole values.
 * @example changedParams({levers: {earlyCvWeek: null}}, {levers: {earlyCvWeek: 8}})
 * // [{path: "levers.earlyCvWeek", from: null, to: 8}]
 */
export const changedParams = (baseline: unknown, variant: unknown): ReadonlyArray<ParamChange> => {
  const out: ParamChange[] = [];
  walk(baseline, variant, "", out);
  return out;
};

/** A parameter value for the list: "slået fra" for null, da-DK numbers, words for lists and tables. */
export const showParam = (x: unknown): string => {
  if (x === null) return "slået fra";
  if (x === undefined) return "ikke sat";
  if (typeof x === "number")
    return new Intl.NumberFormat("da-DK", { maximumFractionDigits: 3 }).format(x);
  if (typeof x === "string") return x;
  if (typeof x === "boolean") return x ? "ja" : "nej";
  // Distributions and tables: their keys are identifiers, so the list names the change, not the JSON.
  return Array.isArray(x) ? `liste med ${x.length} værdier` : "sammensat værdi";
};
