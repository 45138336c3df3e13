/** The scenario catalog (library and saved scenarios) as a `ScenarioSource`, at pinned versions of saved ones. */
import type { ScenarioInvalid } from "@sagsflow/scenarios";
import { Effect, Result } from "effect";
import { type ScenarioSource, sourced } from "../application/scenarioSource";
import { ScenarioNotFound } from "./apiErrors";
import type { ScenarioCatalog } from "./scenarioCatalog";

export const catalogSource = (
  catalog: ScenarioCatalog,
  versions: Readonly<Record<string, number>> = {},
): ScenarioSource<ScenarioInvalid | ScenarioNotFound> => ({
  load: (ref, field) => {
    const compiled = catalog.compile(ref.scenario, {
      version: versions[ref.scenario],
      overrides: ref.overrides ?? {},
    });
    if (Result.isSuccess(compiled)) {
      const parent = compiled.success.files.at(-2);
      return Effect.succeed(
        sourced(compiled.success, parent === undefined ? undefined : catalog.idOfFile(parent)),
      );
    }
    const failure = compiled.failure;
    // Name the request field that pointed at the missing scenario.
    return Effect.fail(
      failure._tag === "ScenarioNotFound"
        ? new ScenarioNotFound({ scenarioId: failure.scenarioId, field })
        : failure,
    );
  },
});
