/**
 * One key per run of a comparison. The dashboard keys everything by scenario id (labels, colours, chart data,
 * parameters); a comparison whose variants are overrides of one scenario (the workshop's API runs) has that id
 * twice and mixed their chart data. A repeated id gets its run's label appended ("baseline · Hvad nu hvis"); a unique
 * id stays the key, so ordinary comparisons are keyed as before.
 */
export interface RunRef {
  readonly scenario: string;
  readonly label?: string | undefined;
}

export const runKeys = (runs: ReadonlyArray<RunRef>): ReadonlyArray<string> => {
  const count = new Map<string, number>();
  for (const r of runs) count.set(r.scenario, (count.get(r.scenario) ?? 0) + 1);
  return runs.map((r, i) =>
    (count.get(r.scenario) ?? 0) > 1 && i > 0
      ? `${r.scenario} · ${r.label !== undefined && r.label !== r.scenario ? r.label : `variant ${i}`}`
      : r.scenario,
  );
};

const isRun = (x: unknown): x is RunRef =>
  typeof x === "object" && x !== null && typeof (x as RunRef).scenario === "string";

/**
 * The comparison result with every run's `scenario` replaced by its key, and each key's scenario id (for the
 * scenario list's facts: family, question, name). A payload of another shape is returned as it is.
 */
export const keyedComparison = (
  result: unknown,
): { readonly result: unknown; readonly scenarioOf: Readonly<Record<string, string>> } => {
  const r = result as { baseline?: unknown; variants?: unknown };
  if (
    typeof result !== "object" ||
    result === null ||
    !isRun(r.baseline) ||
    !Array.isArray(r.variants)
  )
    return { result, scenarioOf: {} };
  const runs = [r.baseline, ...r.variants.filter(isRun)];
  if (runs.length !== r.variants.length + 1) return { result, scenarioOf: {} };
  const keys = runs.map((_, i) => runKeys(runs)[i] as string);
  const keyed = runs.map((run, i) => ({ ...run, scenario: keys[i] as string }));
  return {
    result: { ...r, baseline: keyed[0], variants: keyed.slice(1) },
    scenarioOf: Object.fromEntries(runs.map((run, i) => [keys[i] as string, run.scenario])),
  };
};
