/**
 * The model side of the reference table: each measure computed from a case-flow run's events (survival of spells,
 * the sick stock per 1,000 inhabitants and per sagsbehandler, the revurdering extension share) or its KPIs
 * (rettidighed, utilisation), averaged over replications with the library's seeds.
 */
import {
  type CaseSummary,
  type EndingGroup,
  shareWithStatusAfter13Weeks,
  toEpochDay,
} from "@sagsflow/domain";
import {
  type CaseFlowRun,
  caseFlowKpis,
  type ModelParams,
  replicationInputs,
  runCaseFlow,
  summarizeRun,
} from "@sagsflow/simulator/model";
import type { MeasureId } from "./referenceTable";

/** Spells visible to the municipality: survival is among spells still sick at week 2 (domain.md §3.2). */
const VISIBLE_AFTER_DAYS = 14;
const SICK_END = new Set(["RaskmeldingRegistered", "CaseClosed", "JobStarted"]);

const sickEnd = (c: CaseFlowRun["citizens"][number], end: number): number => {
  const e = c.events.find((x) => SICK_END.has(x._tag));
  return e === undefined ? end : toEpochDay(e.date);
};

const YEAR_DAYS = 364;

/** Status 3 months after jobafklaring (bm.dk 2017, domain.md §3.3), among the measured spells that reached it. */
const afterJobafklaring = (cohort: ReadonlyArray<CaseSummary>, statuses: EndingGroup[]) =>
  shareWithStatusAfter13Weeks(cohort, statuses, undefined, true).value;

/** Share of raskmeldte ledige with a job within a year of the raskmelding (observable for a year). */
const ledigJobWithinYear = (cohort: ReadonlyArray<CaseSummary>): number => {
  let n = 0;
  let job = 0;
  for (const c of cohort) {
    const rask = c.raskmeldingDay;
    if (!c.ledig || rask === undefined || rask + YEAR_DAYS > c.asOf) continue;
    if (c.jobDay !== undefined && c.jobDay < rask) continue;
    n++;
    if (c.jobDay !== undefined && c.jobDay <= rask + YEAR_DAYS) job++;
  }
  return n === 0 ? Number.NaN : job / n;
};

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

const runMeasures = (
  run: CaseFlowRun,
  p: ModelParams,
  inhabitants: number,
): Record<MeasureId, number | null> => {
  const durations: number[] = [];
  // Sick stock per day of the window: +1 at receipt, -1 at the end of sickness.
  const days = run.measureTo - run.measureFrom;
  const delta = new Float64Array(days + 1);
  let extended = 0;
  let revurderinger = 0;
  for (const c of run.citizens) {
    const end = sickEnd(c, run.end);
    if (c.measured) durations.push(end - c.firstAbsenceDay);
    const from = Math.max(c.receivedDay, run.measureFrom) - run.measureFrom;
    const to = Math.min(end, run.measureTo) - run.measureFrom;
    if (to > from) {
      delta[from] = (delta[from] as number) + 1;
      delta[to] = (delta[to] as number) - 1;
    }
    for (const e of c.events) {
      if (e._tag !== "RevurderingCompleted") continue;
      const day = toEpochDay(e.date);
      if (day < run.measureFrom || day >= run.measureTo) continue;
      revurderinger++;
      if (e.outcome === "forlaengelse") extended++;
    }
  }
  let stock = 0;
  let sum = 0;
  for (let d = 0; d < days; d++) {
    stock += delta[d] as number;
    sum += stock;
  }
  const meanStock = days > 0 ? sum / days : 0;
  const visible = durations.filter((d) => d > VISIBLE_AFTER_DAYS);
  const survival = (weeks: number): number | null =>
    visible.length === 0 ? null : visible.filter((d) => d > weeks * 7).length / visible.length;
  const kpis = caseFlowKpis(run, p);
  const cohort = summarizeRun(run, p)
    .filter((s) => s.measured)
    .map((s) => s.summary);
  const fte =
    p.levers.organisation === "resultatteam"
      ? p.staff.sagsbehandler.fte + p.staff.jobkonsulent.fte + p.staff.virksomhedskonsulent.fte
      : p.staff.sagsbehandler.fte;
  return {
    survival6w: survival(6),
    survival20w: survival(20),
    survival46w: survival(46),
    sickPer1000: inhabitants > 0 ? (meanStock / inhabitants) * 1000 : null,
    rettidighed: kpis.rettidighed.value,
    caseloadPerSagsbehandler: fte > 0 ? meanStock / fte : null,
    extensionShare: revurderinger === 0 ? null : extended / revurderinger,
    utilisation: kpis.caseworkerUtilization.value,
    jobAfterJobafklaring: orNull(afterJobafklaring(cohort, ["job", "raskmeldt"])),
    exitFleksjob: orNull(afterJobafklaring(cohort, ["fleksjob"])),
    exitFoertidspension: orNull(afterJobafklaring(cohort, ["foertidspension"])),
    exitRessourceforloeb: orNull(afterJobafklaring(cohort, ["ressourceforloeb"])),
    exitAndenYdelse: orNull(afterJobafklaring(cohort, ["andenYdelse"])),
    ledigJobWithinYear: orNull(ledigJobWithinYear(cohort)),
  };
};

/** Mean of each measure over `replications` runs from `seed` (the same seeds as `sagsflow run`). */
export const measureReference = (
  p: ModelParams,
  seed: number,
  replications: number,
  inhabitants: number,
): Record<MeasureId, number | null> => {
  const all = replicationInputs(p, seed, replications).map((i) =>
    runMeasures(runCaseFlow(i.params, i.seed), i.params, inhabitants),
  );
  const out = {} as Record<MeasureId, number | null>;
  for (const key of Object.keys(all[0] ?? {}) as MeasureId[]) {
    const xs = all.map((m) => m[key]).filter((x): x is number => x !== null);
    out[key] = xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
  }
  return out;
};
