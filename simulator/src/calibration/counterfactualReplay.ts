/**
 * Counterfactual replay: the historical cohort re-simulated under the baseline process and under a variant, paired
 * case by case on the same seed (common random numbers). The difference reported is variant − simulated baseline,
 * so model error cancels and a no-change variant gives exactly 0; history is reported beside (decision 0100).
 */
import * as D from "@sagsflow/domain";
import { replicationSeed } from "../model/experiment";
import type { CohortCase } from "../model/givenCases";
import type { ModelParams } from "../model/modelParams";
import { runCaseFlow } from "../model/runCaseFlow";
import { summarize } from "../stats/summarize";

export const CASE_METRICS = [
  "raskmeldingToJobDays",
  "sygemeldingToEndDays",
  "weeksOnYdelse",
  "endsInJob",
] as const;
export type CaseMetric = (typeof CASE_METRICS)[number];

export const caseMetric = (s: D.CaseSummary, m: CaseMetric): number | undefined => {
  switch (m) {
    case "raskmeldingToJobDays":
      return s.waits.raskmeldingToJobDays;
    case "sygemeldingToEndDays":
      return s.endDay === undefined ? undefined : s.endDay - s.firstAbsenceDay;
    case "weeksOnYdelse":
      return s.endDay === undefined ? undefined : s.weeksOnYdelse.total;
    case "endsInJob":
      return s.outcome === "open" ? undefined : s.outcome === "job" ? 1 : 0;
  }
};

export interface MetricComparison {
  readonly history: number | null;
  readonly baseline: number | null;
  readonly variant: number | null;
  /** Mean over cases of (variant − baseline), each averaged over replications where both have a value. */
  readonly difference: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly pairedCases: number;
  /**
   * Cases without a pair, and why: still open when a run ended (in the baseline or the variant run), or the
   * measure does not apply to them (e.g. no raskmelding → job wait for a case that never reached a job).
   */
  readonly unpaired: { readonly stillOpen: number; readonly notApplicable: number };
}

export interface CaseDifference {
  readonly caseId: string;
  readonly differences: Readonly<Partial<Record<CaseMetric, number>>>;
}

export interface CounterfactualResult {
  readonly aggregate: Readonly<Record<CaseMetric, MetricComparison>>;
  readonly cases: ReadonlyArray<CaseDifference>;
}

const meanOrNull = (xs: ReadonlyArray<number>): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Per case and metric: values over replications, baseline and variant side by side. */
type Pairs = Array<Record<CaseMetric, { b: number[]; v: number[]; d: number[]; open: boolean }>>;

const collect = (
  pairs: Pairs,
  base: ReadonlyArray<D.CaseSummary | undefined>,
  variant: ReadonlyArray<D.CaseSummary | undefined>,
) => {
  base.forEach((b, i) => {
    const v = variant[i];
    const slot = pairs[i];
    if (slot === undefined) return;
    for (const m of CASE_METRICS) {
      const x = b === undefined ? undefined : caseMetric(b, m);
      const y = v === undefined ? undefined : caseMetric(v, m);
      if (x !== undefined) slot[m].b.push(x);
      if (y !== undefined) slot[m].v.push(y);
      if (x !== undefined && y !== undefined) slot[m].d.push(y - x);
      else if (b === undefined || v === undefined || b.outcome === "open" || v.outcome === "open")
        slot[m].open = true;
    }
  });
};

const cohortSummaries = (p: ModelParams, seed: number, cohort: ReadonlyArray<CohortCase>) => {
  const run = runCaseFlow(p, seed, { cohort });
  // Given cases are the first citizens of a run without backlog, in cohort order.
  return run.citizens
    .slice(0, cohort.length)
    .map((c) => D.summarizeCase(c.events, { asOf: run.end }));
};

export const counterfactualReplay = (input: {
  readonly cohort: ReadonlyArray<CohortCase>;
  readonly history: ReadonlyArray<D.CaseSummary>;
  readonly baseline: ModelParams;
  readonly variant: ModelParams;
  readonly seed: number;
  readonly replications: number;
}): CounterfactualResult => {
  const noBacklog = (p: ModelParams): ModelParams => ({
    ...p,
    backlog: {
      openCases: 0,
      overdueShare: 0,
      reviewCases: 0,
      reviewPerWeek: 0,
      reviewCloseShare: 0,
    },
  });
  const pairs: Pairs = input.cohort.map(
    () =>
      Object.fromEntries(
        CASE_METRICS.map((m) => [m, { b: [], v: [], d: [], open: false }]),
      ) as unknown as Pairs[number],
  );
  for (let r = 0; r < input.replications; r++) {
    const seed = replicationSeed(input.seed, r);
    collect(
      pairs,
      cohortSummaries(noBacklog(input.baseline), seed, input.cohort),
      cohortSummaries(noBacklog(input.variant), seed, input.cohort),
    );
  }
  const aggregate = Object.fromEntries(
    CASE_METRICS.map((m) => {
      const perCase = pairs.flatMap((p) =>
        p[m].d.length === 0 ? [] : [meanOrNull(p[m].d) as number],
      );
      const s = summarize(perCase);
      const comparison: MetricComparison = {
        history: meanOrNull(input.history.flatMap((h) => caseMetric(h, m) ?? [])),
        baseline: meanOrNull(pairs.flatMap((p) => p[m].b)),
        variant: meanOrNull(pairs.flatMap((p) => p[m].v)),
        difference: s.mean,
        ci95: s.ci95,
        pairedCases: perCase.length,
        unpaired: {
          stillOpen: pairs.filter((p) => p[m].d.length === 0 && p[m].open).length,
          notApplicable: pairs.filter((p) => p[m].d.length === 0 && !p[m].open).length,
        },
      };
      return [m, comparison];
    }),
  ) as Record<CaseMetric, MetricComparison>;
  const cases = input.cohort.map((g, i) => ({
    caseId: g.caseId,
    differences: Object.fromEntries(
      CASE_METRICS.flatMap((m) => {
        const d = pairs[i]?.[m].d ?? [];
        return d.length === 0 ? [] : [[m, meanOrNull(d) as number]];
      }),
    ),
  }));
  return { aggregate, cases };
};
