/** A fitted parameter: its path in the model parameters (and the scenario file), value and sample size. */
import type { ModelParams } from "../model/modelParams";

export interface FittedValue {
  readonly path: ReadonlyArray<string>;
  readonly value: unknown;
  /** Observations behind the estimate. */
  readonly n: number;
}

const setIn = (node: unknown, path: ReadonlyArray<string>, value: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const record = (typeof node === "object" && node !== null ? node : {}) as Record<string, unknown>;
  return { ...record, [head]: setIn(record[head], rest, value) };
};

/** The base parameters with every fitted value put in place (later values win). */
export const applyFitted = (base: ModelParams, fitted: ReadonlyArray<FittedValue>): ModelParams =>
  fitted.reduce<unknown>((p, f) => setIn(p, f.path, f.value), base) as ModelParams;

/** Shares of each key, rounded to 4 decimals with the rounding put on the largest so they sum to exactly 1. */
export const roundedShares = (counts: ReadonlyMap<string, number>): Record<string, number> => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  let largest = "";
  for (const [k, c] of counts) {
    out[k] = Math.round((c / total) * 1e4) / 1e4;
    if (largest === "" || c > (counts.get(largest) ?? 0)) largest = k;
  }
  const rest = Object.entries(out).reduce((a, [k, v]) => (k === largest ? a : a + v), 0);
  out[largest] = Math.round((1 - rest) * 1e4) / 1e4;
  return out;
};
