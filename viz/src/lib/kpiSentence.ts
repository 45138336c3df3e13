/**
 * One plain-language Danish sentence per KPI difference. It claims a rise or fall only when the 95 % interval
 * excludes 0 (issue 11 §1); otherwise it says no difference could be shown.
 */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import { differenceUnit, formatNumber, isShareUnit } from "./formatDa";
import type { KpiSummary } from "./comparison";

/** The KPI as the subject of a sentence (Danish definite form). */
const subjects: Readonly<Record<KpiId, string>> = {
  waitRaskmeldingToVirksomhedsserviceDays: "Ventetiden fra raskmelding til virksomhedsservice",
  waitRaskmeldingToJobDays: "Ventetiden fra raskmelding til job",
  handoffWaitDays: "Ventetiden i overdragelsen til virksomhedsservice",
  spellDurationDays: "Sygeforløbenes varighed",
  weeksOnYdelse: "Tiden på ydelse",
  rettidighed: "Rettidigheden",
  rettidighedFirstOpfoelgning: "Rettidigheden for første opfølgningssamtale",
  shareEndingInJob: "Andelen der slutter i job",
  shareEndingInFleksjob: "Andelen der slutter i fleksjob",
  shareEndingInFoertidspension: "Andelen der slutter på førtidspension",
  shareEndingInRessourceforloeb: "Andelen der slutter i ressourceforløb",
  shareEndingInUddannelse: "Andelen der slutter i uddannelse",
  shareEndingOnAndenYdelse: "Andelen der slutter på anden ydelse",
  shareEndingAndet: "Andelen der slutter af anden grund",
  shareInJobAfter13Weeks: "Andelen i arbejde 13 uger efter sygeforløbet",
  rekrutteringsanmodningerFilledShare: "Andelen af besatte rekrutteringsanmodninger",
  costPerCaseDkk: "Omkostningen pr. sag",
  caseworkerUtilization: "Sagsbehandlernes udnyttelse",
  caseloadPerCaseworker: "Antallet af sager pr. sagsbehandler",
  samtalerPerMonth: "Antallet af opfølgningssamtaler pr. måned",
};

/** The KPI as the subject of a sentence ("Rettidigheden"), from the catalog's label when no form is listed. */
export const kpiSubject = (id: KpiId): string => subjects[id] ?? kpiCatalog[id].label;

export type Verdict = "better" | "worse" | "changed" | "none" | "unknown";

/** Whether a difference is a shown improvement, a shown worsening, a neutral change, or not shown. */
export const verdictOf = (id: KpiId, d: KpiSummary | undefined): Verdict => {
  if (d === undefined || d.ci95 === null || d.mean === null) return "unknown";
  const [lo, hi] = d.ci95;
  if (lo <= 0 && hi >= 0) return "none";
  const better = kpiCatalog[id].better;
  if (better === "neutral") return "changed";
  const up = lo > 0;
  return up === (better === "higher") ? "better" : "worse";
};

/** Fraction digits for a sentence: whole days above 5, else one or two decimals. */
const sentenceDigits = (x: number, unit: string): number => {
  const a = Math.abs(isShareUnit(unit) ? x * 100 : x);
  if (a >= 5) return 0;
  return a >= 0.5 ? 1 : 2;
};

const scaled = (x: number, unit: string): number => (isShareUnit(unit) ? x * 100 : x);

/**
 * @example kpiSentence("waitRaskmeldingToVirksomhedsserviceDays", {mean: -9, ci95: [-12, -6], unit: "dage", n: 20})
 * // "Ventetiden fra raskmelding til virksomhedsservice falder med 9 dage (95 %-interval 6–12)."
 */
export const kpiSentence = (id: KpiId, d: KpiSummary | undefined): string => {
  const subject = subjects[id];
  if (d === undefined || d.mean === null || d.ci95 === null) {
    return `${subject}: forskellen kan ikke beregnes (for få observationer).`;
  }
  const unit = d.unit;
  const [lo, hi] = d.ci95;
  const word = differenceUnit(unit);
  if (lo === 0 && hi === 0 && d.mean === 0) return `${subject} er uændret.`;
  if (lo <= 0 && hi >= 0) {
    const digits = sentenceDigits(Math.max(Math.abs(lo), Math.abs(hi)), unit);
    const range = `${formatNumber(scaled(lo, unit), digits)}\u2013${formatNumber(scaled(hi, unit), digits)}`;
    return `${subject}: ingen sikker forskel (95 %-interval ${range} ${word}).`;
  }
  const falls = hi < 0;
  const [a, b] = falls ? [-hi, -lo] : [lo, hi];
  const size = Math.abs(d.mean);
  const digits = sentenceDigits(Math.min(size, a), unit);
  const amount = formatNumber(scaled(size, unit), digits);
  const range = `${formatNumber(scaled(a, unit), digits)}\u2013${formatNumber(scaled(b, unit), digits)}`;
  return `${subject} ${falls ? "falder" : "stiger"} med ${amount} ${word} (95 %-interval ${range}).`;
};
