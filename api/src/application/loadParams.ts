/** Loads a scenario file for a run: compiled parameters with the `--cases` cap applied, and the scenario's id and name. */
import { loadScenario, withMaxCases } from "@sagsflow/scenarios/node";
import type { ScenarioInvalid } from "@sagsflow/scenarios/node";
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect, Result } from "effect";
import { OptionInvalid } from "./applicationErrors";

export interface LoadedScenario {
  readonly id: string;
  readonly name: string;
  readonly params: ModelParams;
}

/** `cases` caps the measured cases (`horizon.maxCases`); undefined keeps the scenario's own value. */
export const loadParams = (
  file: string,
  cases: number | undefined,
): Effect.Effect<LoadedScenario, ScenarioInvalid | OptionInvalid> =>
  Effect.suspend((): Effect.Effect<LoadedScenario, ScenarioInvalid | OptionInvalid> => {
    if (cases !== undefined && !(Number.isInteger(cases) && cases > 0)) {
      return Effect.fail(
        new OptionInvalid({
          option: "cases",
          value: String(cases),
          reason: "skal være et helt tal over 0",
        }),
      );
    }
    const loaded = loadScenario(file);
    if (Result.isFailure(loaded)) return Effect.fail(loaded.failure);
    const { meta, params } = loaded.success;
    return Effect.succeed({ id: meta.id, name: meta.name, params: withMaxCases(params, cases) });
  });

/** Checks the numeric options every run shares (seed, replications, workers, the cases cap). */
export const checkRunOptions = (o: {
  readonly seed: number;
  readonly replications: number;
  readonly workers?: number | undefined;
  readonly cases?: number | undefined;
}): Effect.Effect<void, OptionInvalid> => {
  const bad = (option: string, value: number, reason: string) =>
    Effect.fail(new OptionInvalid({ option, value: String(value), reason }));
  if (o.cases !== undefined && !(Number.isInteger(o.cases) && o.cases > 0)) {
    return bad("cases", o.cases, "skal være et helt tal over 0");
  }
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
    return bad("seed", o.seed, "skal være et helt tal fra 0 til 4294967295");
  }
  if (!Number.isInteger(o.replications) || o.replications < 1 || o.replications > 10_000) {
    return bad("replications", o.replications, "skal være et helt tal fra 1 til 10000");
  }
  if (
    o.workers !== undefined &&
    (!Number.isInteger(o.workers) || o.workers < 1 || o.workers > 256)
  ) {
    return bad("workers", o.workers, "skal være et helt tal fra 1 til 256");
  }
  return Effect.void;
};
