/**
 * `sagsflow counterfactual <variant>`: the stored cases re-simulated under the baseline and a variant, paired case
 * by case; differences are variant − simulated baseline (decision 0100), history beside them.
 */
import * as D from "@sagsflow/domain";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import {
  type CounterfactualResult,
  cohortFromHistory,
  counterfactualReplay,
} from "@sagsflow/simulator/calibration";
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { type CalibrationRangeInvalid, HistoryEmpty } from "./calibrationErrors";
import { historyCases, type HistoryWindowOptions } from "./historyCases";

export interface CounterfactualOptions extends HistoryWindowOptions {
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

export interface CounterfactualReport extends CounterfactualResult {
  readonly schemaVersion: 1;
  readonly from: string;
  readonly to: string;
  readonly replications: number;
}

/** The cohort's runs measure from its first case; no warm-up (every case is given), follow-up as in the baseline. */
const cohortHorizon = (p: ModelParams, w: D.Horizon): ModelParams => ({
  ...p,
  horizon: {
    ...p.horizon,
    start: D.fromEpochDay(w.from),
    weeks: Math.ceil((w.to - w.from + 1) / 7),
    warmupWeeks: 0,
    maxCases: null,
  },
});

/** How many stored cases a counterfactual over the window would replay (0 when none), read before queueing it. */
export const counterfactualCohortSize = (
  store: EventStore<DomainEvent>,
  options: HistoryWindowOptions,
): Effect.Effect<number, ReadError | CalibrationRangeInvalid> =>
  Effect.map(historyCases(store, options), (h) =>
    h.window === undefined ? 0 : cohortFromHistory(h.cases, h.window, h.asOf).length,
  );

export const counterfactualHistory = (
  store: EventStore<DomainEvent>,
  scenarios: { readonly baseline: ModelParams; readonly variant: ModelParams },
  options: CounterfactualOptions = {},
): Effect.Effect<CounterfactualReport, ReadError | CalibrationRangeInvalid | HistoryEmpty> =>
  Effect.gen(function* () {
    const h = yield* historyCases(store, options);
    const w = h.window;
    if (w === undefined)
      return yield* Effect.fail(new HistoryEmpty({ reason: "ingen sager at genafspille" }));
    const cohort = cohortFromHistory(h.cases, w, h.asOf);
    const ids = new Set(cohort.map((c) => c.caseId));
    const history = h.cases
      .flatMap((events) => D.summarizeCase(events, { asOf: h.asOf }) ?? [])
      .filter((s) => ids.has(s.caseId));
    const replications = options.replications ?? 3;
    const result = counterfactualReplay({
      cohort,
      history,
      baseline: cohortHorizon(scenarios.baseline, w),
      variant: cohortHorizon(scenarios.variant, w),
      seed: options.seed ?? 1,
      replications,
    });
    return {
      schemaVersion: 1 as const,
      from: D.fromEpochDay(w.from),
      to: D.fromEpochDay(w.to),
      replications,
      ...result,
    };
  });
