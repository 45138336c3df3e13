/**
 * Application service `compare` (CLI): a baseline and variant files run with the same replication seeds (common
 * random numbers), each variant's KPIs and its paired difference from the baseline. The HTTP API runs the same job.
 */
import { Effect } from "effect";
import { comparisonJob } from "./comparisonJob";
import { checkRunOptions } from "./loadParams";
import { runCaseFlowReplications } from "./runCaseFlowReplications";
import { type CompareReport, compareReportOf, type ScenarioNames } from "./runReport";
import type { RunError, RunOptions } from "./runScenario";
import { fileSource } from "./scenarioSource";

export const compareScenarios = (
  options: RunOptions & { readonly baseline: string; readonly variants: ReadonlyArray<string> },
): Effect.Effect<{ readonly report: CompareReport; readonly names: ScenarioNames }, RunError> =>
  Effect.gen(function* () {
    yield* checkRunOptions(options);
    const files = [options.baseline, ...options.variants];
    const job = yield* comparisonJob(
      fileSource,
      files.map((scenario) => ({ scenario })),
      options,
    );
    const all = yield* runCaseFlowReplications(job.inputs, options);
    const ids = job.scenarios.map((s) => s.id);
    return {
      report: compareReportOf(ids, options, job.perScenario(all)),
      names: Object.fromEntries(job.scenarios.map((s) => [s.id, s.name])),
    };
  });
