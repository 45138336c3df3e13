/** Checks and bookkeeping every run request shares: the work limit (422) and pinning saved scenarios' versions. */
import { Effect } from "effect";
import { RequestInvalid } from "./apiErrors";
import type { ScenarioCatalog } from "./scenarioCatalog";

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
