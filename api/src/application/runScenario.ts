/** Application service `run`: one scenario, R replications from one seed, every KPI with mean and 95% CI. */
import type { ScenarioInvalid } from "@sagsflow/scenarios/node";
import { replicationInputs } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import type { OptionInvalid, SimulationFailed } from "./applicationErrors";
import { checkRunOptions, loadParams } from "./loadParams";
import { type OnProgress, runCaseFlowReplications } from "./runCaseFlowReplications";
import { type RunReport, runReportOf, type ScenarioNames } from "./runReport";

export interface RunOptions {
  readonly seed: number;
  readonly replications: number;
  /** Cap on measured cases (`horizon.maxCases`); undefined keeps the scenario's value. */
  readonly cases?: number | undefined;
  /** Worker threads; 1 runs in-process. Does not change the result. */
  readonly workers?: number | undefined;
  /** `local` or `redis` (docs/scale-out.md); undefined takes SAGSFLOW_QUEUE. Does not change the result. */
  readonly queue?: string | undefined;
  readonly onProgress?: OnProgress | undefined;
}

export type RunError = ScenarioInvalid | OptionInvalid | SimulationFailed;

/**
 * @example
 * const report = await Effect.runPromise(runScenario({ file: "scenarios/library/baseline.yaml", seed: 1, replications: 5 }))
 */
export const runScenario = (
  options: RunOptions & { readonly file: string },
): Effect.Effect<{ readonly report: RunReport; readonly names: ScenarioNames }, RunError> =>
  Effect.gen(function* () {
    yield* checkRunOptions(options);
    const scenario = yield* loadParams(options.file, options.cases);
    const inputs = replicationInputs(scenario.params, options.seed, options.replications);
    const reps = yield* runCaseFlowReplications(inputs, options);
    return {
      report: runReportOf(scenario.id, options, reps),
      names: { [scenario.id]: scenario.name },
    };
  });
