/**
 * Chart data for one scenario from replication 0 (the dashboard's ECDFs, Sankey and monthly series), computed with
 * the domain projections that measure history. Samples are thinned to quantiles to keep payloads small.
 */
import { aggregateMonthly, type CaseSummary } from "@sagsflow/domain";
import {
  type ModelParams,
  replicationSeed,
  runCaseFlow,
  summarizeRun,
} from "@sagsflow/simulator/model";

const MAX_SAMPLES = 200;

/** Sorted values, or MAX_SAMPLES evenly spaced order statistics of them (an ECDF loses little). */
export const thinnedSorted = (values: ReadonlyArray<number>): ReadonlyArray<number> => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length <= MAX_SAMPLES) return sorted;
  return Array.from(
    { length: MAX_SAMPLES },
    (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (MAX_SAMPLES - 1))] as number,
  );
};

const defined = (xs: ReadonlyArray<number | undefined>): number[] =>
  xs.filter((x): x is number => x !== undefined);

/** Phase-to-phase transitions of every case, ending in its outcome: links for a Sankey diagram. */
export const pathLinks = (cases: ReadonlyArray<CaseSummary>) => {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const steps = c.phases
      .map((p) => p.phase as string)
      .filter((p, i, all) => i === 0 || all[i - 1] !== p);
    steps.push(`udfald:${c.outcome}`);
    for (let i = 1; i < steps.length; i++) {
      const key = `${steps[i - 1]}\u0000${steps[i]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([key, count]) => {
      const [from, to] = key.split("\u0000") as [string, string];
      return { from, to, count };
    })
    .sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : 1));
};

export const runDistributions = (params: ModelParams, seed: number) => {
  const run = runCaseFlow(params, replicationSeed(seed, 0));
  const all = summarizeRun(run, params);
  const measured = all.filter((s) => s.measured).map((s) => s.summary);
  const monthly = aggregateMonthly(
    all.map((s) => s.summary),
    { from: run.measureFrom, to: run.measureTo - 1 },
  ).map((m) => ({
    month: m.month,
    rettidighed: Number.isFinite(m.rettidighed.share) ? m.rettidighed.share : null,
    caseloadAverage: m.caseloadAverage,
    newCases: m.newCases,
  }));
  return {
    replication: 0,
    cases: measured.length,
    waits: {
      raskmeldingToVirksomhedsserviceDays: thinnedSorted(
        defined(measured.map((c) => c.waits.raskmeldingToVirksomhedsserviceDays)),
      ),
      raskmeldingToJobDays: thinnedSorted(
        defined(measured.map((c) => c.waits.raskmeldingToJobDays)),
      ),
      weeksOnYdelse: thinnedSorted(measured.map((c) => c.weeksOnYdelse.total)),
    },
    paths: pathLinks(measured),
    monthly,
  };
};
