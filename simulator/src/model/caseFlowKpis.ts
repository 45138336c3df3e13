/**
 * The run-level KPIs of one replication: the case KPIs by the domain's `measure` over the simulated cases' summaries
 * (the same code that measures history), plus the desk and market KPIs only the simulator can measure.
 */
import * as D from "@sagsflow/domain";
import type { CaseSummary, KpiObservation, KpiObservations, ResourceKpiId } from "@sagsflow/domain";
import type { ModelParams } from "./modelParams";
import type { CaseFlowRun } from "./runCaseFlow";

/** Summaries of every case as of the end of the run (warm-up cases too: deadlines in the window are theirs as well). */
export const summarizeRun = (
  run: CaseFlowRun,
  p: ModelParams,
): ReadonlyArray<{ summary: CaseSummary; measured: boolean }> => {
  const options = { asOf: run.end, staffHourlyDkk: p.staff.sagsbehandler.hourlyCostDkk };
  const out: Array<{ summary: CaseSummary; measured: boolean }> = [];
  for (const c of run.citizens) {
    const summary = D.summarizeCase(c.events, options);
    if (summary !== undefined) out.push({ summary, measured: c.measured });
  }
  return out;
};

const filledShare = (run: CaseFlowRun): KpiObservation => {
  let positions = 0;
  let filled = 0;
  for (const r of run.rekrutteringer) {
    if (!r.measured) continue;
    positions += r.state.positions;
    filled += r.state.filled;
  }
  return { value: positions === 0 ? null : filled / positions, n: positions };
};

const resourceKpis = (
  run: CaseFlowRun,
  p: ModelParams,
  everyone: ReadonlyArray<CaseSummary>,
  window: D.Horizon,
): Record<ResourceKpiId, KpiObservation> => {
  const desk = run.desks.sagsbehandler;
  const load = D.activeCaseloadPerDay(everyone, window.from, window.to);
  const fte =
    p.levers.organisation === "resultatteam"
      ? p.staff.sagsbehandler.fte + p.staff.jobkonsulent.fte + p.staff.virksomhedskonsulent.fte
      : p.staff.sagsbehandler.fte;
  return {
    rekrutteringsanmodningerFilledShare: filledShare(run),
    caseworkerUtilization: {
      value: desk.capacity === 0 ? null : desk.held / desk.capacity,
      n: desk.capacity,
    },
    caseloadPerCaseworker: {
      value: fte > 0 ? load.reduce((a, b) => a + b, 0) / load.length / fte : null,
      n: load.length,
    },
  };
};

export const caseFlowKpis = (run: CaseFlowRun, p: ModelParams): KpiObservations => {
  const all = summarizeRun(run, p);
  const everyone = all.map((s) => s.summary);
  const window: D.Horizon = { from: run.measureFrom, to: run.measureTo - 1 };
  return D.measure(everyone, window, {
    cohort: all.filter((s) => s.measured).map((s) => s.summary),
    resources: resourceKpis(run, p, everyone, window),
  });
};
