/**
 * Application service `compare`: a baseline and variants run with the same replication seeds (common random
 * numbers), each variant's KPIs and its paired difference from the baseline.
 */
import { differenceKpis, replicationInputs, summarizeKpis } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { checkRunOptions, loadParams } from "./loadParams";
import { runCaseFlowReplications } from "./runCaseFlowReplications";
import {
  type CompareReport,
  REPORT_SCHEMA_VERSION,
  runReportOf,
  type ScenarioNames,
} from "./runReport";
import type { RunError, RunOptions } from "./runScenario";

export const compareScenarios = (
  options: RunOptions & { readonly baseline: string; readonly variants: ReadonlyArray<string> },
): Effect.Effect<{ readonly report: CompareReport; readonly names: ScenarioNames }, RunError> =>
  Effect.gen(function* () {
    yield* checkRunOptions(options);
    const files = [options.baseline, ...options.variants];
    const scenarios = yield* Effect.forEach(files, (file) => loadParams(file, options.cases));
    const R = options.replications;
    // One pool for all scenarios: workers start once and stay busy across scenario boundaries.
    const inputs = scenarios.flatMap((s) => replicationInputs(s.params, options.seed, R));
    const all = yield* runCaseFlowReplications(inputs, options);
    const repsOf = (i: number) => all.slice(i * R, (i + 1) * R);
    const base = repsOf(0);
    const [first, ...rest] = scenarios;
    if (first === undefined) return yield* Effect.die("compare needs a baseline");
    const report: CompareReport = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      baseline: runReportOf(first.id, options, base),
      variants: rest.map((s, i) => ({
        scenario: s.id,
        kpis: summarizeKpis(repsOf(i + 1)),
        difference: differenceKpis(repsOf(i + 1), base),
      })),
    };
    return { report, names: Object.fromEntries(scenarios.map((s) => [s.id, s.name])) };
  });
