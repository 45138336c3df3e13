/**
 * Skanderborg (seed 003): the crisis and the recovery run with fixed seeds; rettidighed and samtaler per month are
 * model outputs, compared with the published 16,9 % -> 81,7 % and about 200 -> 1200 samtaler a month.
 */
import { aggregateMonthly } from "@sagsflow/domain";
import {
  caseFlowKpis,
  replicationInputs,
  runCaseFlow,
  summarizeRun,
} from "@sagsflow/simulator/model";
import { loadLibraryFile } from "./libraryIndex";

export const SKANDERBORG_RUN = { seed: 3, replications: 2 } as const;

/** The bands of issue 17 item 3, held by skanderborg.test.ts and printed by renderResults.ts (one place). */
export const SKANDERBORG_BANDS = {
  crisisRettidighed: [0.12, 0.25],
  crisisSamtaler: [150, 300],
  largestJumpPp: 25,
  lateMonthsRettidighed: [0.72, 0.9],
  samtalerAfter: [900, 1500],
} as const;

export interface MonthRow {
  /** 1 = the month the recovery starts in. */
  readonly month: number;
  readonly rettidighed: number;
  readonly samtaler: number;
}

export interface SkanderborgResult {
  readonly crisis: { readonly rettidighed: number; readonly samtalerPerMonth: number };
  readonly recovery: ReadonlyArray<MonthRow>;
  /** Rettidighed of recovery months 9-12 (mean over replications), the 72-90 % band. */
  readonly lateMonths: ReadonlyArray<MonthRow>;
  /** Largest month-to-month change of rettidighed over the year, in percentage points (absolute). */
  readonly largestJumpPp: number;
  /** Mean samtaler per month over months 10-12: after the article's "10 måneder". */
  readonly samtalerPerMonthAfter: number;
}

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const crisisLevels = () => {
  const { params } = loadLibraryFile("skanderborg/baseline.yaml");
  const inputs = replicationInputs(params, SKANDERBORG_RUN.seed, SKANDERBORG_RUN.replications);
  const kpis = inputs.map((i) => caseFlowKpis(runCaseFlow(i.params, i.seed), i.params));
  return {
    rettidighed: mean(kpis.map((k) => k.rettidighed.value ?? Number.NaN)),
    samtalerPerMonth: mean(kpis.map((k) => k.samtalerPerMonth.value ?? Number.NaN)),
  };
};

/** Monthly rettidighed (the model's deadline-by-deadline measure, all rules) over the recovery's measured year. */
const recoveryMonths = (): ReadonlyArray<MonthRow> => {
  const { params } = loadLibraryFile("skanderborg/recovery.yaml");
  const perRep = replicationInputs(params, SKANDERBORG_RUN.seed, SKANDERBORG_RUN.replications).map(
    (i) => {
      const run = runCaseFlow(i.params, i.seed);
      const summaries = summarizeRun(run, i.params).map((s) => s.summary);
      return aggregateMonthly(summaries, { from: run.measureFrom, to: run.measureTo - 1 });
    },
  );
  const months = Math.min(12, ...perRep.map((m) => m.length));
  return Array.from({ length: months }, (_, m) => ({
    month: m + 1,
    rettidighed: mean(perRep.map((r) => r[m]?.rettidighed.share ?? Number.NaN)),
    samtaler: mean(perRep.map((r) => r[m]?.samtaler ?? Number.NaN)),
  }));
};

export const skanderborgReproduction = (): SkanderborgResult => {
  const recovery = recoveryMonths();
  const jumps = recovery
    .slice(1)
    .map((m, i) => Math.abs(m.rettidighed - (recovery[i] as MonthRow).rettidighed) * 100);
  return {
    crisis: crisisLevels(),
    recovery,
    lateMonths: recovery.filter((m) => m.month >= 9 && m.month <= 12),
    largestJumpPp: Math.max(...jumps),
    samtalerPerMonthAfter: mean(
      recovery.filter((m) => m.month >= 10 && m.month <= 12).map((m) => m.samtaler),
    ),
  };
};
