/**
 * The run-level KPIs of one replication, computed by the domain projections from the simulated events (the same
 * code that measures history), plus the desks' utilization and the employer requests' fill rate.
 */
import * as D from "@sagsflow/domain";
import type { CaseSummary } from "@sagsflow/domain";
import type { KpiId, KpiObservation } from "./kpiCatalog";
import type { ModelParams } from "./modelParams";
import type { CaseFlowRun } from "./runCaseFlow";

const obs = (k: D.KpiValue): KpiObservation => ({
  value: Number.isFinite(k.value) ? k.value : null,
  n: k.n,
});
const mean = (values: ReadonlyArray<number>): KpiObservation => ({
  value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
  n: values.length,
});

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

const handoffWaits = (run: CaseFlowRun): ReadonlyArray<number> => {
  const waits: number[] = [];
  for (const c of run.citizens) {
    if (!c.measured) continue;
    let requested: string | undefined;
    for (const e of c.events) {
      if (e._tag === "VirksomhedsserviceHandoffRequested") requested = e.date;
      if (e._tag === "VirksomhedsserviceContactMade" && requested !== undefined)
        waits.push(D.diffDays(requested, e.date));
    }
  }
  return waits;
};

/**
 * Days on sygedagpenge of each measured case: from the first absence day to the raskmelding, the start of
 * jobafklaring or the close, whichever ends the sygedagpenge spell first (open spells are left out).
 */
const sygedagpengeSpells = (run: CaseFlowRun): ReadonlyArray<number> => {
  const days: number[] = [];
  for (const c of run.citizens) {
    if (!c.measured) continue;
    const end = c.events.find(
      (e) =>
        e._tag === "RaskmeldingRegistered" ||
        e._tag === "JobafklaringStarted" ||
        e._tag === "CaseClosed",
    );
    if (end !== undefined) days.push(D.toEpochDay(end.date) - c.firstAbsenceDay);
  }
  return days;
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

export const caseFlowKpis = (run: CaseFlowRun, p: ModelParams): Record<KpiId, KpiObservation> => {
  const all = summarizeRun(run, p);
  const measured = all.filter((s) => s.measured).map((s) => s.summary);
  const everyone = all.map((s) => s.summary);
  const window: D.Horizon = { from: run.measureFrom, to: run.measureTo - 1 };
  const desk = run.desks.sagsbehandler;
  const load = D.activeCaseloadPerDay(everyone, window.from, window.to);
  const fte =
    p.levers.organisation === "resultatteam"
      ? p.staff.sagsbehandler.fte + p.staff.jobkonsulent.fte + p.staff.virksomhedskonsulent.fte
      : p.staff.sagsbehandler.fte;
  const spells = sygedagpengeSpells(run);
  return {
    waitRaskmeldingToVirksomhedsserviceDays: obs(
      D.waitRaskmeldingToVirksomhedsserviceDays(measured),
    ),
    waitRaskmeldingToJobDays: obs(D.waitRaskmeldingToJobDays(measured)),
    handoffWaitDays: mean(handoffWaits(run)),
    spellDurationDays: mean(spells),
    weeksOnYdelse: obs(D.weeksOnYdelse(measured)),
    rettidighed: obs(D.rettidighed(everyone, window)),
    rettidighedFirstOpfoelgning: obs(D.rettidighedFirstOpfoelgning(everyone, window)),
    shareEndingInJob: obs(D.shareEndingInJob(measured)),
    rekrutteringsanmodningerFilledShare: filledShare(run),
    costPerCaseDkk: obs(D.costPerCaseDkk(measured)),
    caseworkerUtilization: {
      value: desk.capacity === 0 ? null : desk.held / desk.capacity,
      n: desk.capacity,
    },
    caseloadPerCaseworker: {
      value: fte > 0 ? load.reduce((a, b) => a + b, 0) / load.length / fte : null,
      n: load.length,
    },
    samtalerPerMonth: obs(D.samtalerPerMonth(everyone, window)),
  };
};
