/** The KPIs every run reports: stable ids (a JSON contract), unit, Danish label, and which direction is better. */

export const kpiCatalog = {
  waitRaskmeldingToVirksomhedsserviceDays: {
    unit: "dage",
    label: "Ventetid fra raskmelding til virksomhedsservice",
    better: "lower",
  },
  waitRaskmeldingToJobDays: {
    unit: "dage",
    label: "Ventetid fra raskmelding til job",
    better: "lower",
  },
  handoffWaitDays: {
    unit: "dage",
    label: "Ventetid i overdragelsen til virksomhedsservice",
    better: "lower",
  },
  spellDurationDays: { unit: "dage", label: "Varighed på sygedagpenge", better: "lower" },
  weeksOnYdelse: { unit: "uger", label: "Uger på ydelse", better: "lower" },
  rettidighed: { unit: "andel", label: "Rettidighed", better: "higher" },
  rettidighedFirstOpfoelgning: {
    unit: "andel",
    label: "Rettidighed, første opfølgningssamtale",
    better: "higher",
  },
  shareEndingInJob: { unit: "andel", label: "Andel der slutter i job", better: "higher" },
  rekrutteringsanmodningerFilledShare: {
    unit: "andel",
    label: "Besatte rekrutteringsanmodninger",
    better: "higher",
  },
  costPerCaseDkk: { unit: "kr.", label: "Omkostning pr. sag", better: "lower" },
  caseworkerUtilization: { unit: "andel", label: "Sagsbehandlernes udnyttelse", better: "neutral" },
  caseloadPerCaseworker: { unit: "sager", label: "Sager pr. sagsbehandler", better: "lower" },
  samtalerPerMonth: {
    unit: "samtaler/md.",
    label: "Opfølgningssamtaler pr. måned",
    better: "neutral",
  },
} as const;

export type KpiId = keyof typeof kpiCatalog;
export const kpiIds = Object.keys(kpiCatalog) as ReadonlyArray<KpiId>;

/** One replication's value of a KPI: null where it is undefined (no observations), never NaN. */
export interface KpiObservation {
  readonly value: number | null;
  readonly n: number;
}
