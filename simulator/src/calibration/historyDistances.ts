/**
 * Distances between a simulation and history, both measured by the domain's case summaries: earth mover's distance
 * of cycle time and recovery, monthly rettidighed error, outcome-share error and arrival-profile error, with a plain
 * verdict. Thresholds are stated in docs/calibration.md.
 */
import * as D from "@sagsflow/domain";
import { earthMoversDistance } from "./earthMoversDistance";

export interface HistoryDistances {
  /** Days: first absence day to end (closed or job), ended cases of the cohort. */
  readonly cycleTimeEmdDays: number | null;
  /** Days: first absence day to raskmelding. */
  readonly recoveryEmdDays: number | null;
  /** Mean absolute difference of monthly rettidighed over the months both have, in percentage points. */
  readonly rettidighedMonthlyErrorPp: number | null;
  readonly rettidighedMonths: ReadonlyArray<{ month: string; history: number; simulated: number }>;
  /** Largest absolute difference of the shares ending in job, raskmeldt, other (percentage points). */
  readonly outcomeShareErrorPp: number | null;
  /** Mean absolute relative difference of arrivals per month. */
  readonly arrivalProfileError: number | null;
  /** History's mean cycle time (first absence → end, days): the two EMD thresholds are 10 % of it. */
  readonly historyMeanCycleDays: number | null;
  readonly verdict: "god" | "acceptabel" | "svag";
  /** What to look at first, in Danish. */
  readonly advice: ReadonlyArray<string>;
}

const cycle = (s: ReadonlyArray<D.CaseSummary>) =>
  s.flatMap((c) => (c.endDay === undefined ? [] : [c.endDay - c.firstAbsenceDay]));
const recovery = (s: ReadonlyArray<D.CaseSummary>) =>
  s.flatMap((c) => (c.raskmeldingDay === undefined ? [] : [c.raskmeldingDay - c.firstAbsenceDay]));

const outcomeShares = (s: ReadonlyArray<D.CaseSummary>) => {
  const ended = s.filter((c) => c.outcome !== "open");
  const share = (o: D.CaseOutcome) =>
    ended.filter((c) => c.outcome === o).length / Math.max(1, ended.length);
  return [share("job"), share("raskmeldt"), share("other")];
};

const monthlyArrivals = (s: ReadonlyArray<D.CaseSummary>, w: D.Horizon) => {
  const m = new Map<string, number>();
  for (const c of s)
    if (c.firstAbsenceDay >= w.from && c.firstAbsenceDay <= w.to) {
      const k = D.fromEpochDay(c.firstAbsenceDay).slice(0, 7);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  return m;
};

const mean = (xs: ReadonlyArray<number>): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Compares simulated case summaries (pooled over replications, `replications` of them) with history's over the
 * window of first absence days; monthly rettidighed over the months of the window.
 */
export const historyDistances = (
  history: ReadonlyArray<D.CaseSummary>,
  simulated: ReadonlyArray<D.CaseSummary>,
  window: D.Horizon,
  replications: number,
): HistoryDistances => {
  const cohort = (s: ReadonlyArray<D.CaseSummary>) =>
    s.filter((c) => c.firstAbsenceDay >= window.from && c.firstAbsenceDay <= window.to);
  const h = cohort(history);
  const sim = cohort(simulated);
  const months = new Map(
    D.aggregateMonthly(history, window).map((m) => [m.month, m.rettidighed.share]),
  );
  const rettidighedMonths = D.aggregateMonthly(simulated, window).flatMap((m) => {
    const hist = months.get(m.month);
    return hist === undefined || Number.isNaN(hist) || Number.isNaN(m.rettidighed.share)
      ? []
      : [{ month: m.month, history: hist, simulated: m.rettidighed.share }];
  });
  const hOut = outcomeShares(h);
  const sOut = outcomeShares(sim);
  const hArr = monthlyArrivals(history, window);
  const sArr = monthlyArrivals(simulated, window);
  const arrivalErrors = [...hArr].map(
    ([k, n]) => Math.abs((sArr.get(k) ?? 0) / replications - n) / n,
  );
  const d = {
    cycleTimeEmdDays: earthMoversDistance(cycle(h), cycle(sim)) ?? null,
    recoveryEmdDays: earthMoversDistance(recovery(h), recovery(sim)) ?? null,
    rettidighedMonthlyErrorPp: mean(
      rettidighedMonths.map((m) => 100 * Math.abs(m.history - m.simulated)),
    ),
    rettidighedMonths,
    outcomeShareErrorPp:
      h.length === 0 || sim.length === 0
        ? null
        : 100 * Math.max(...hOut.map((x, i) => Math.abs(x - (sOut[i] ?? 0)))),
    arrivalProfileError: mean(arrivalErrors),
  };
  const meanCycle = mean(cycle(h));
  return { ...d, historyMeanCycleDays: meanCycle, ...verdictOf(d, meanCycle ?? 1) };
};

/** Each distance against its threshold: all within is "god", one or two over "acceptabel", more "svag". */
const verdictOf = (
  d: Omit<HistoryDistances, "verdict" | "advice" | "historyMeanCycleDays">,
  meanCycle: number,
): Pick<HistoryDistances, "verdict" | "advice"> => {
  const checks: Array<[boolean, string]> = [
    [
      (d.cycleTimeEmdDays ?? 0) <= 0.1 * meanCycle,
      "forløbstiden: se varighederne (recovery) og jobraterne",
    ],
    [
      (d.recoveryEmdDays ?? 0) <= 0.1 * meanCycle,
      "tid til raskmelding: se recovery pr. diagnosegruppe",
    ],
    [
      (d.rettidighedMonthlyErrorPp ?? 0) <= 5,
      "rettidighed pr. måned: se sagsbehandlernes kapacitet (staff.sagsbehandler)",
    ],
    [(d.outcomeShareErrorPp ?? 0) <= 5, "udfaldsandele: se jobraterne og ledig.maxLedigWeeks"],
    [
      (d.arrivalProfileError ?? 0) <= 0.15,
      "tilgangen pr. måned: se arrivals.perWeek og sæsonprofilen",
    ],
  ];
  const advice = checks.filter(([ok]) => !ok).map(([, text]) => text);
  return {
    verdict: advice.length === 0 ? "god" : advice.length <= 2 ? "acceptabel" : "svag",
    advice,
  };
};
