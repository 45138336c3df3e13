/**
 * Application service `sensitivity`: varies each estimate of a variant (and its baseline, where they share it) one at a
 * time over its range and by a Latin-hypercube sample, reporting the variant-minus-baseline difference of one KPI.
 */
import { loadScenario } from "@sagsflow/scenarios/node";
import { differenceKpis, type KpiId, kpiIds, replicationInputs } from "@sagsflow/simulator/model";
import {
  estimatedParameters,
  planCases,
  type SensitivityReport,
  sensitivityPlan,
  sensitivityReport,
} from "@sagsflow/simulator/sensitivity";
import { Effect, Result } from "effect";
import { OptionInvalid } from "./applicationErrors";
import { checkRunOptions, loadParams } from "./loadParams";
import { runCaseFlowReplications } from "./runCaseFlowReplications";
import type { RunError, RunOptions } from "./runScenario";

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

/** The file the variant extends is its baseline: the second-to-last file of its chain. */
const baselineFileOf = (file: string): Effect.Effect<string, RunError> => {
  const loaded = loadScenario(file);
  if (Result.isFailure(loaded)) return Effect.fail(loaded.failure);
  const files = loaded.success.files;
  const base = files[files.length - 2];
  return base === undefined
    ? Effect.fail(
        new OptionInvalid({
          option: "variant",
          value: file,
          reason: "en variant skal udvide et basisscenarie (extends)",
        }),
      )
    : Effect.succeed(base);
};

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
    const variant = yield* loadParams(options.file, options.cases);
    const baseline = yield* loadParams(yield* baselineFileOf(options.file), options.cases);
    const compiled = loadScenario(options.file);
    const provenance = Result.isSuccess(compiled) ? compiled.success.provenance : new Map();
    const plan = sensitivityPlan({
      baseline: baseline.params,
      variant: variant.params,
      parameters: estimatedParameters(provenance, variant.params),
      samples: options.samples,
      seed: options.seed,
    });
    const R = options.replications;
    const cases = planCases(plan);
    const inputs = cases.flatMap((c) => [
      ...replicationInputs(c.baseline, options.seed, R),
      ...replicationInputs(c.variant, options.seed, R),
    ]);
    const reps = yield* runCaseFlowReplications(inputs, options);
    const differences = cases.map((_, i) => {
      const d = differenceKpis(
        reps.slice((2 * i + 1) * R, (2 * i + 2) * R),
        reps.slice(2 * i * R, (2 * i + 1) * R),
      )[kpi];
      return { mean: d.mean, ci95: d.ci95 };
    });
    return sensitivityReport({ scenario: variant.id, kpi, seed: options.seed }, plan, differences);
  });
