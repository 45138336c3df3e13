/**
 * Calibration from stored history: fits arrivals, population mix, recovery per diagnosegruppe, branching shares,
 * delays, job rates and caseworker capacity, and lays them over base parameters. Rettidighed is never fitted: it
 * is what the calibrated model must reproduce (validation).
 */
import * as D from "@sagsflow/domain";
import type { ModelParams } from "../model/modelParams";
import { type CaseRecord, caseRecord } from "./caseRecord";
import { type ArrivalFit, type DayWindow, fitArrivals } from "./fitArrivals";
import { applyFitted, type FittedValue } from "./fittedValue";
import { fitBranching, fitDelays, fitPopulation } from "./fitFlow";
import { fitJobRates } from "./fitJobRates";
import { fitRecovery, type RecoveryFit } from "./fitRecovery";
import { fitStaff, type StaffFit } from "./fitStaff";
import { type PhaseFit, phaseFits } from "./phaseFits";

export interface CalibrationInput {
  readonly cases: ReadonlyArray<ReadonlyArray<D.CaseEvent>>;
  readonly base: ModelParams;
  /** Cohort by first absence day (inclusive epoch days); default every case's. */
  readonly window?: DayWindow | undefined;
  /** Evaluation day; default the last event's day. */
  readonly asOf?: number | undefined;
}

export interface Calibration {
  readonly params: ModelParams;
  readonly fitted: ReadonlyArray<FittedValue>;
  /** `YYYY-MM..YYYY-MM`, as written in `source: calibrated <period>`. */
  readonly period: string;
  readonly window: DayWindow;
  readonly cases: number;
  readonly arrivals: ArrivalFit;
  readonly recovery: Readonly<Record<string, RecoveryFit>>;
  readonly phases: ReadonlyArray<PhaseFit>;
  readonly outcomes: Readonly<Record<"job" | "raskmeldt" | "other" | "open", number>>;
  readonly jobafklaringShare: number | null;
  readonly staff: StaffFit | undefined;
  /** History's rettidighed over the window (reported, never fitted). */
  readonly rettidighed: number | null;
  /** Cases of the cohort whose export did not tell (value `ukendt`, issue 19): fitted as a group of their own. */
  readonly unknown: Readonly<Record<"aldersgruppe" | "diagnosegruppe" | "sektor", number>>;
}

export const periodLabel = (w: DayWindow): string =>
  `${D.fromEpochDay(w.from).slice(0, 7)}..${D.fromEpochDay(w.to).slice(0, 7)}`;

const windowOf = (rs: ReadonlyArray<CaseRecord>): DayWindow => ({
  from: Math.min(...rs.map((r) => r.firstAbsenceDay)),
  to: Math.max(...rs.map((r) => r.firstAbsenceDay)),
});

const outcomeShares = (summaries: ReadonlyArray<D.CaseSummary>) => {
  const n = { job: 0, raskmeldt: 0, other: 0, open: 0 };
  for (const s of summaries) n[s.outcome]++;
  const total = Math.max(1, summaries.length);
  return {
    job: n.job / total,
    raskmeldt: n.raskmeldt / total,
    other: n.other / total,
    open: n.open / total,
  };
};

/** The simulation's measurement window is the calibration period (warm-up and follow-up stay as in the base). */
export const periodHorizon = (p: ModelParams, w: DayWindow): ModelParams => ({
  ...p,
  horizon: {
    ...p.horizon,
    start: D.fromEpochDay(w.from),
    weeks: Math.ceil((w.to - w.from + 1) / 7),
    maxCases: null,
  },
});

/** Returns undefined when no case has a SygemeldingReceived. */
export const calibrateParams = (input: CalibrationInput): Calibration | undefined => {
  const all = input.cases.flatMap((events) => caseRecord(events) ?? []);
  if (all.length === 0) return undefined;
  const asOf = input.asOf ?? Math.max(...all.map((r) => r.lastDay));
  const window = input.window ?? windowOf(all);
  const inWindow = (r: CaseRecord) =>
    r.firstAbsenceDay >= window.from && r.firstAbsenceDay <= window.to;
  const rs = all.filter(inWindow);
  const summaries = input.cases.flatMap((events) => D.summarizeCase(events, { asOf }) ?? []);
  const cohort = summaries.filter(
    (s) => s.firstAbsenceDay >= window.from && s.firstAbsenceDay <= window.to,
  );
  const rettidighed = D.measure(summaries, window, { cohort }).rettidighed.value;
  const arrivals = fitArrivals(
    all.map((r) => r.firstAbsenceDay),
    window,
  );
  const recovery = fitRecovery(rs, asOf);
  const staff = fitStaff(all, input.base, rettidighed ?? undefined);
  const round = (x: number, digits: number) => Number(x.toFixed(digits));
  const fitted: FittedValue[] = [
    { path: ["arrivals", "perWeek"], value: round(arrivals.perWeek, 3), n: arrivals.cases },
    {
      path: ["arrivals", "seasonality"],
      value: arrivals.seasonality.map((s) => round(s, 3)),
      n: arrivals.cases,
    },
    ...fitPopulation(rs),
    ...Object.entries(recovery).flatMap(([g, f]) => [
      { path: ["recovery", g, "medianWeeks"], value: round(f.medianWeeks, 3), n: f.cases },
      { path: ["recovery", g, "sigma"], value: round(f.sigma, 3), n: f.cases },
    ]),
    ...fitBranching(rs),
    ...fitDelays(rs),
    ...fitJobRates(rs, asOf),
    ...staff.fitted,
  ];
  const revurderet = rs.filter((r) => r.revurderingOutcome !== undefined);
  return {
    params: periodHorizon(applyFitted(input.base, fitted), window),
    fitted,
    period: periodLabel(window),
    window,
    cases: rs.length,
    arrivals,
    recovery,
    phases: phaseFits(cohort),
    outcomes: outcomeShares(cohort),
    jobafklaringShare:
      revurderet.length === 0
        ? null
        : revurderet.filter((r) => r.revurderingOutcome === "jobafklaring").length /
          revurderet.length,
    staff: staff.report,
    rettidighed,
    unknown: {
      aldersgruppe: rs.filter((r) => r.ageBand === "ukendt").length,
      diagnosegruppe: rs.filter((r) => r.diagnosisGroup === "ukendt").length,
      sektor: rs.filter((r) => r.sector === "ukendt").length,
    },
  };
};
