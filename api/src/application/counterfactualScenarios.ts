/**
 * The two scenarios of a counterfactual replay (decision 0100) from a scenario source: the variant, and the given
 * baseline or else the scenario the variant extends. The CLI (files) and the HTTP API (catalog) load them alike.
 */
import { Effect } from "effect";
import type { ScenarioRef, ScenarioSource, SourcedScenario } from "./scenarioSource";

export interface CounterfactualScenarios {
  readonly baseline: SourcedScenario;
  readonly variant: SourcedScenario;
}

/** `noBaseline` is the edge's error for a variant that extends nothing when no baseline is given. */
export const counterfactualScenarios = <E, E2>(
  source: ScenarioSource<E>,
  refs: { readonly variant: ScenarioRef; readonly baseline?: ScenarioRef | undefined },
  noBaseline: (variant: ScenarioRef) => E2,
): Effect.Effect<CounterfactualScenarios, E | E2> =>
  Effect.gen(function* () {
    const variant = yield* source.load(refs.variant, "variant");
    const baselineRef =
      refs.baseline ?? (variant.parent === undefined ? undefined : { scenario: variant.parent });
    if (baselineRef === undefined) return yield* Effect.fail(noBaseline(refs.variant));
    const baseline = yield* source.load(baselineRef, "baseline");
    return { baseline, variant };
  });
