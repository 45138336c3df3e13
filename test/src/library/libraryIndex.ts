/** Reads `scenarios/library/index.yaml`: the families, their questions, files and the KPIs their tables show. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import type { KpiId, ModelParams } from "@sagsflow/simulator/model";
import { Result } from "effect";
import { parse } from "yaml";

export interface Family {
  readonly id: string;
  readonly seed: string;
  readonly source: string;
  readonly question: string;
  readonly baseline: string;
  readonly variants: ReadonlyArray<string>;
  readonly kpis: ReadonlyArray<KpiId>;
}

export const libraryFamilies = (): ReadonlyArray<Family> =>
  (parse(readFileSync(join(LIBRARY_DIR, "index.yaml"), "utf8")) as { families: Family[] }).families;

export interface LoadedFile {
  readonly id: string;
  readonly name: string;
  readonly params: ModelParams;
}

/** Loads a library file (path relative to the library) or throws with the scenario's own message. */
export const loadLibraryFile = (file: string): LoadedFile => {
  const loaded = loadScenario(join(LIBRARY_DIR, file));
  if (Result.isFailure(loaded)) throw new Error(loaded.failure.message);
  return {
    id: loaded.success.meta.id,
    name: loaded.success.meta.name,
    params: loaded.success.params,
  };
};

/** The same parameters with a case count (the measurement window closes after that many cases). */
export const withCases = (p: ModelParams, cases: number | null): ModelParams => ({
  ...p,
  horizon: { ...p.horizon, maxCases: cases },
});
