/**
 * The workshop's state (scenario, lever settings, run settings, scenario board) in localStorage, so a reload in the
 * middle of a meeting keeps the board. Only this browser keeps it; saved variants themselves live in the API.
 */
import type { KpiSummaries } from "@sagsflow/simulator/model";
import type { LeverOverrides } from "./leverSettings";

const KEY = "sagsflow.workshop.v1";

export interface StoredWorkshop {
  readonly scenario: string;
  readonly overrides: LeverOverrides;
  readonly run: { seed: number; cases: number; replications: number };
  readonly board: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly settings: string;
    readonly kpis: KpiSummaries;
  }>;
}

export const persistWorkshop = (state: StoredWorkshop): void => {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Private mode or a full quota: the workshop works on, it just will not survive a reload.
  }
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The stored state, or undefined when there is none or it is not in the expected shape (then it is ignored). */
export const restoreWorkshop = (): StoredWorkshop | undefined => {
  try {
    const x: unknown = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (!isObject(x) || typeof x.scenario !== "string" || !isObject(x.overrides)) return undefined;
    if (!isObject(x.run) || !Array.isArray(x.board)) return undefined;
    const run = x.run as Record<string, unknown>;
    if (![run.seed, run.cases, run.replications].every((v) => typeof v === "number"))
      return undefined;
    return x as unknown as StoredWorkshop;
  } catch {
    return undefined;
  }
};
