/** Checks and bookkeeping every run request shares: the work limit (422) and pinning saved scenarios' versions. */
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { RequestInvalid } from "./apiErrors";
import type { ScenarioCatalog } from "./scenarioCatalog";

/** Measured cases of one replication: the scenario's cap, or its arrivals over the measured weeks. */
export const casesOf = (p: ModelParams): number =>
  p.horizon.maxCases ?? Math.ceil(p.arrivals.perWeek * p.horizon.weeks);

/** `field` names what multiplies up to `work`, e.g. `cases × replications`. */
export const checkWork = (
  work: number,
  maxWork: number,
  field: string,
): Effect.Effect<void, RequestInvalid> =>
  work <= maxWork
    ? Effect.void
    : Effect.fail(
        new RequestInvalid({
          field,
          value: String(work),
          reason: `højst ${maxWork} målte sager × replikationer pr. anmodning (alle kørsler tilsammen)`,
          status: 422,
        }),
      );

/** Saved scenarios' versions at request time (given ones kept, for re-runs); library scenarios are absent. */
export const pinVersions = (
  catalog: ScenarioCatalog,
  ids: ReadonlyArray<string>,
  given: Readonly<Record<string, number>> = {},
): Record<string, number> => {
  const versions: Record<string, number> = { ...given };
  for (const id of ids) {
    const entry = catalog.get(id);
    if (entry?.source === "saved" && versions[id] === undefined) versions[id] = entry.version;
  }
  return versions;
};
