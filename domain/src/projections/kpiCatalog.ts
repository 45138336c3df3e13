/**
 * The one catalog of the KPIs every run and every history reports: stable ids (a JSON contract; the order is the
 * order of tables and JSON keys), Danish label, unit, which direction is better, and the formula. Case KPIs are
 * measured from case summaries by `measure` (history and simulation alike); desk and market KPIs need staffing or
 * employer data that a case history does not hold, so only the simulator supplies them (null in history).
 * Adding a KPI: docs/kpis.md.
 */
import { type EndingGroup, shareEndingAs, shareInJobAfter13Weeks } from "./caseEndings";
import * as K from "./kpis";
import type { CaseSummary } from "./summarizeCase";

export type KpiDirection = "lower" | "higher" | "neutral";

/** What a case KPI's formula is given: every case (warm-up too), the measured cohort, and the window. */
export interface KpiMeasurement {
  /** Every case summary: deadlines and samtaler in the window count whichever case they belong to. */
  readonly cases: ReadonlyArray<CaseSummary>;
  /** The measured cohort: cases whose first absence day is in the window. */
  readonly cohort: ReadonlyArray<CaseSummary>;
  /** Inclusive epoch-day window. */
  readonly horizon: K.Horizon;
}

interface KpiFacts {
  readonly label: string;
  readonly unit: string;
  readonly better: KpiDirection;
}

export interface CaseKpiDefinition extends KpiFacts {
  readonly measuredFrom: "cases";
  readonly formula: (m: KpiMeasurement) => K.KpiValue;
}

/** Measured by the simulator from its desks or its employer market; a case history cannot tell. */
export interface ResourceKpiDefinition extends KpiFacts {
  readonly measuredFrom: "desk" | "market";
}

/** A case KPI: the share of ended cohort cases that ended in one group (caseEndings.ts). */
const ending = (group: EndingGroup, label: string): CaseKpiDefinition => ({
  unit: "andel",
  label,
  better: "neutral",
  measuredFrom: "cases",
  formula: (m) => shareEndingAs(m.cohort, group),
});

const mean = (xs: ReadonlyArray<number>): K.KpiValue => ({
  value: xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length,
  n: xs.length,
});

export const kpiCatalog = {
  waitRaskmeldingToVirksomhedsserviceDays: {
    unit: "dage",
    label: "Ventetid fra raskmelding til virksomhedsservice",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => K.waitRaskmeldingToVirksomhedsserviceDays(m.cohort),
  },
  waitRaskmeldingToJobDays: {
    unit: "dage",
    label: "Ventetid fra raskmelding til job",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => K.waitRaskmeldingToJobDays(m.cohort),
  },
  handoffWaitDays: {
    unit: "dage",
    label: "Ventetid i overdragelsen til virksomhedsservice",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => mean(m.cohort.flatMap((c) => c.waits.handoffDays)),
  },
  spellDurationDays: {
    unit: "dage",
    label: "Varighed på sygedagpenge",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => mean(m.cohort.flatMap((c) => c.sygedagpengeDays ?? [])),
  },
  weeksOnYdelse: {
    unit: "uger",
    label: "Uger på ydelse",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => K.weeksOnYdelse(m.cohort),
  },
  rettidighed: {
    unit: "andel",
    label: "Rettidighed",
    better: "higher",
    measuredFrom: "cases",
    formula: (m) => K.rettidighed(m.cases, m.horizon),
  },
  rettidighedFirstOpfoelgning: {
    unit: "andel",
    label: "Rettidighed, første opfølgningssamtale",
    better: "higher",
    measuredFrom: "cases",
    formula: (m) => K.rettidighedFirstOpfoelgning(m.cases, m.horizon),
  },
  shareEndingInJob: {
    unit: "andel",
    label: "Andel der slutter i job",
    better: "higher",
    measuredFrom: "cases",
    formula: (m) => K.shareEndingInJob(m.cohort),
  },
  shareEndingInFleksjob: ending("fleksjob", "Andel der slutter i fleksjob"),
  shareEndingInFoertidspension: ending("foertidspension", "Andel der slutter på førtidspension"),
  shareEndingInRessourceforloeb: ending("ressourceforloeb", "Andel der slutter i ressourceforløb"),
  shareEndingInUddannelse: ending("uddannelse", "Andel der slutter i uddannelse"),
  shareEndingOnAndenYdelse: ending("andenYdelse", "Andel der slutter på anden ydelse"),
  shareEndingAndet: ending("andet", "Andel der slutter af anden grund (død, fraflytning)"),
  shareInJobAfter13Weeks: {
    unit: "andel",
    label: "Andel i arbejde 13 uger efter sygeforløbet",
    better: "higher",
    measuredFrom: "cases",
    formula: (m) => shareInJobAfter13Weeks(m.cohort),
  },
  rekrutteringsanmodningerFilledShare: {
    unit: "andel",
    label: "Besatte rekrutteringsanmodninger",
    better: "higher",
    measuredFrom: "market",
  },
  costPerCaseDkk: {
    unit: "kr.",
    label: "Omkostning pr. sag",
    better: "lower",
    measuredFrom: "cases",
    formula: (m) => K.costPerCaseDkk(m.cohort),
  },
  caseworkerUtilization: {
    unit: "andel",
    label: "Sagsbehandlernes udnyttelse",
    better: "neutral",
    measuredFrom: "desk",
  },
  caseloadPerCaseworker: {
    unit: "sager",
    label: "Sager pr. sagsbehandler",
    better: "lower",
    measuredFrom: "desk",
  },
  samtalerPerMonth: {
    unit: "samtaler/md.",
    label: "Opfølgningssamtaler pr. måned",
    better: "neutral",
    measuredFrom: "cases",
    formula: (m) => K.samtalerPerMonth(m.cases, m.horizon),
  },
} as const satisfies Record<string, CaseKpiDefinition | ResourceKpiDefinition>;

export type KpiId = keyof typeof kpiCatalog;
/** KPIs measured from case summaries (history and simulation). */
export type CaseKpiId = {
  [Id in KpiId]: (typeof kpiCatalog)[Id]["measuredFrom"] extends "cases" ? Id : never;
}[KpiId];
/** KPIs only the simulator can measure (desks, employer market). */
export type ResourceKpiId = Exclude<KpiId, CaseKpiId>;

export const kpiIds = Object.keys(kpiCatalog) as ReadonlyArray<KpiId>;
