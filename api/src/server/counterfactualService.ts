/**
 * Counterfactual runs (History II, decision 0100): the stored history's cases (`sag-*`) re-simulated under a baseline
 * and a variant scenario through `counterfactualHistory`, on the run queue; the report is stored as the result.
 */
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import { counterfactualCohortSize, counterfactualHistory } from "../calibration";
import { HistoryEmpty } from "../calibration/calibrationErrors";
import type { CalibrationRangeInvalid } from "../calibration/calibrationErrors";
import type { ComparisonRequested } from "../persistence/apiEvents";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { counterfactualScenarios } from "../application/counterfactualScenarios";
import { catalogSource } from "./catalogSource";
import type { StartError } from "./comparisonService";
import { checkWork, pinVersions } from "./runChecks";
import type { RunServiceDeps } from "./runLifecycle";

/** A request with its defaults filled in, stored as the run's parameters. */
export interface CounterfactualInput {
  readonly baseline: string;
  readonly variant: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly seed: number;
  readonly replications: number;
}

/** The replay runs in this process, so `workers` is not used. */
export interface CounterfactualServiceDeps extends Omit<RunServiceDeps, "workers"> {
  readonly store: EventStore<DomainEvent>;
}

export type CounterfactualStartError =
  | StartError
  | ReadError
  | CalibrationRangeInvalid
  | HistoryEmpty;

export interface CounterfactualService {
  readonly start: (
    input: CounterfactualInput,
    scenarioVersions?: Readonly<Record<string, number>>,
  ) => Effect.Effect<ComparisonRecord, CounterfactualStartError>;
}

export const makeCounterfactualService = (
  deps: CounterfactualServiceDeps,
): CounterfactualService => {
  /** Reads the history once up front: bad dates, an empty store and too much work are refused before storing. */
  const cohortSize = (input: CounterfactualInput) =>
    Effect.gen(function* () {
      const size = yield* counterfactualCohortSize(deps.store, { from: input.from, to: input.to });
      if (size === 0) {
        const range = `${input.from ?? "første sag"} til ${input.to ?? "sidste sag"}`;
        return yield* Effect.fail(
          new HistoryEmpty({ reason: `ingen sager at genafspille (${range})` }),
        );
      }
      return size;
    });

  const run = async (
    id: string,
    input: CounterfactualInput,
    scenarios: Parameters<typeof counterfactualHistory>[1],
    cancel: Int32Array,
  ): Promise<Result.Result<unknown, string> | null> => {
    deps.hub.publish(id, { type: "progress", done: 0, total: 1 });
    // Yield once so a cancel right after the request lands before the (uninterruptible) replay starts.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (Atomics.load(cancel, 0) === 1) return null;
    const options = {
      from: input.from,
      to: input.to,
      seed: input.seed,
      replications: input.replications,
    };
    const outcome = await Effect.runPromise(
      Effect.result(counterfactualHistory(deps.store, scenarios, options)),
    );
    deps.hub.publish(id, { type: "progress", done: 1, total: 1 });
    return Result.isSuccess(outcome)
      ? Result.succeed(outcome.success)
      : Result.fail(outcome.failure.message);
  };

  return {
    start: (input, given = {}) =>
      Effect.gen(function* () {
        const versions = pinVersions(deps.catalog, [input.baseline, input.variant], given);
        const source = catalogSource(deps.catalog, versions);
        const { baseline, variant } = yield* counterfactualScenarios(
          source,
          { variant: { scenario: input.variant }, baseline: { scenario: input.baseline } },
          // The request Schema requires a baseline, so this is never reached.
          () => new HistoryEmpty({ reason: "ingen basis" }),
        );
        const size = yield* cohortSize(input);
        yield* checkWork(
          size * 2 * input.replications,
          deps.maxWork,
          "replications × historiske sager",
        );
        const request: ComparisonRequested = {
          _tag: "ComparisonRequested",
          comparisonId: deps.newId(),
          kind: "counterfactual",
          baseline: { scenario: input.baseline, label: input.baseline, overrides: {} },
          variants: [{ scenario: input.variant, label: input.variant, overrides: {} }],
          scenarioVersions: versions,
          seed: input.seed,
          replications: input.replications,
          cases: null,
          parameters: input,
          requestedAt: deps.clock(),
        };
        const scenarios = { baseline: baseline.params, variant: variant.params };
        return yield* deps.lifecycle.submit(request, (cancel) =>
          run(request.comparisonId, input, scenarios, cancel),
        );
      }),
  };
};
