/** Small, fast versions of the library scenarios for model tests (fixed seeds, a few hundred cases). */
import { join } from "node:path";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import type { ModelParams, ReplicationKpis } from "@sagsflow/simulator/model";
import { caseFlowReplication, replicationInputs } from "@sagsflow/simulator/model";
import { Result } from "effect";

export const libraryParams = (file: string): ModelParams => {
  const loaded = loadScenario(join(LIBRARY_DIR, file));
  if (Result.isFailure(loaded)) throw new Error(loaded.failure.message);
  return loaded.success.params;
};

/** A scenario cut down for tests: fewer measured cases, shorter warm-up and follow-up. */
export const small = (p: ModelParams, cases = 400): ModelParams => ({
  ...p,
  horizon: { ...p.horizon, warmupWeeks: 13, followUpWeeks: 60, maxCases: cases },
});

export const withLevers = (
  p: ModelParams,
  levers: Partial<ModelParams["levers"]>,
): ModelParams => ({
  ...p,
  levers: { ...p.levers, ...levers },
});

export const replicate = (
  p: ModelParams,
  replications: number,
  seed = 1,
): ReadonlyArray<ReplicationKpis> =>
  replicationInputs(p, seed, replications).map(caseFlowReplication);

/** The baseline with the sagsbehandler role changed (head count, sickness, time). */
export const withSagsbehandler = (
  p: ModelParams,
  change: Partial<ModelParams["staff"]["sagsbehandler"]>,
): ModelParams => ({
  ...p,
  staff: { ...p.staff, sagsbehandler: { ...p.staff.sagsbehandler, ...change } },
});
