/**
 * Application service `sensitivity` (CLI): the sensitivity job (comparisonJob.ts) of a variant file against the
 * file it extends, reporting the variant-minus-baseline difference of one KPI. The HTTP API runs the same job.
 */
import { type KpiId, kpiIds } from "@sagsflow/domain";
import type { SensitivityReport } from "@sagsflow/simulator/sensitivity";
import { Effect } from "effect";
import { OptionInvalid } from "./applicationErrors";
import { sensitivityJob } from "./comparisonJob";
import { checkRunOptions } from "./loadParams";
import { runCaseFlowReplications } from "./runCaseFlowReplications";
import type { RunError, RunOptions } from "./runScenario";
import { fileSource } from "./scenarioSource";

/** Small by default so that one variant finishes in about a minute on two cores. */
import { SENSITIVITY_DEFAULTS } from "./sensitivityDefaults";

export { SENSITIVITY_DEFAULTS };

export interface SensitivityOptions extends RunOptions {
  readonly file: string;
  readonly kpi: string;
  readonly samples: number;
}

const checkKpi = (kpi: string): Effect.Effect<KpiId, OptionInvalid> =>
  (kpiIds as ReadonlyArray<string>).includes(kpi)
    ? Effect.succeed(kpi as KpiId)
    : Effect.fail(
        new OptionInvalid({
          option: "kpi",
          value: kpi,
          reason: `skal være en af ${kpiIds.join(", ")}`,
        }),
      );

const noBaseline = (ref: { readonly scenario: string }) =>
  new OptionInvalid({
    option: "variant",
    value: ref.scenario,
    reason: "en variant skal udvide et basisscenarie (extends)",
  });

/**
 * @example
 * const report = await Effect.runPromise(sensitivity({ file: "scenarios/library/lyngby-taarbaek/vs-foer-raskmelding.yaml",
 *   kpi: "spellDurationDays", seed: 1, replications: 3, samples: 20, cases: 600 }))
 */
export const sensitivity = (
  options: SensitivityOptions,
): Effect.Effect<SensitivityReport, RunError> =>
  Effect.gen(function* () {
    yield* checkRunOptions(options);
    const kpi = yield* checkKpi(options.kpi);
    if (!Number.isInteger(options.samples) || options.samples < 2 || options.samples > 1000) {
      return yield* Effect.fail(
        new OptionInvalid({
          option: "samples",
          value: String(options.samples),
          reason: "skal være et helt tal fra 2 til 1000",
        }),
      );
    }
    const job = yield* sensitivityJob(
      fileSource,
      { scenario: options.file },
      { ...options, kpi },
      noBaseline,
    );
    return job.report(yield* runCaseFlowReplications(job.inputs, options));
  });
