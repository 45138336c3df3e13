/**
 * The leader's summary on Sammenligning (issue 23 §1): per headline KPI one verdict (bedre / værre / ingen sikker
 * forskel / ubetydelig / ændret) and one Danish sentence with the difference and its 95 % interval. A difference smaller
 * than the KPI's practical threshold says "ubetydelig" even when its interval excludes 0. Scenarios of different
 * families (municipalities) have different citizens, so their difference is not paired: the interval is then
 * recomputed from the two scenarios' own intervals as independent estimates (wider), and the sentence says so.
 */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import type { KpiSummary } from "./comparison";
import { differenceUnit, formatNumber, isShareUnit } from "./formatDa";
import { kpiSubject } from "./kpiSentence";

/**
 * Smallest difference a leader would act on, per unit (EST: set with the jobcentres' consultants' rule of thumb of
 * "a day, a percentage point"; 0,2 uger is one working day, 500 kr. is about an hour of a caseworker's time).
 */
export const practicalThreshold: Readonly<Record<string, number>> = {
  dage: 1,
  uger: 0.2,
  andel: 0.01,
  "kr.": 500,
  sager: 1,
  "samtaler/md.": 5,
};

/** Headline KPIs when the scenario family names none (index.yaml `kpis`): waiting, benefit time, deadlines, cost. */
export const defaultHeadlineKpis: ReadonlyArray<KpiId> = [
  "waitRaskmeldingToVirksomhedsserviceDays",
  "weeksOnYdelse",
  "rettidighed",
  "costPerCaseDkk",
];

export type HeadlineVerdict = "bedre" | "værre" | "ingen sikker forskel" | "ubetydelig" | "ændret";

export interface Headline {
  readonly kpi: KpiId;
  readonly verdict: HeadlineVerdict | undefined;
  readonly sentence: string;
  /** The interval used (paired from the API, or the unpaired one computed here). */
  readonly ci95: readonly [number, number] | null;
}

/** Two independent estimates' difference: means subtract, half-widths add in quadrature. */
export const unpairedDifference = (
  base: KpiSummary | undefined,
  variant: KpiSummary | undefined,
): KpiSummary | undefined => {
  if (base?.mean == null || variant?.mean == null || base.ci95 === null || variant.ci95 === null)
    return undefined;
  const h1 = (base.ci95[1] - base.ci95[0]) / 2;
  const h2 = (variant.ci95[1] - variant.ci95[0]) / 2;
  const mean = variant.mean - base.mean;
  const h = Math.hypot(h1, h2);
  return { mean, ci95: [mean - h, mean + h], unit: variant.unit, n: Math.min(base.n, variant.n) };
};

const scaled = (x: number, unit: string): number => (isShareUnit(unit) ? x * 100 : x);
const digitsOf = (x: number, unit: string): number => {
  const a = Math.abs(scaled(x, unit));
  return a >= 5 ? 0 : a >= 0.5 ? 1 : 2;
};

const verdictFor = (kpi: KpiId, d: KpiSummary): HeadlineVerdict => {
  const [lo, hi] = d.ci95 as readonly [number, number];
  if (lo <= 0 && hi >= 0) return "ingen sikker forskel";
  if (Math.abs(d.mean as number) < (practicalThreshold[d.unit] ?? 0)) return "ubetydelig";
  const better = kpiCatalog[kpi].better;
  if (better === "neutral") return "ændret";
  return lo > 0 === (better === "higher") ? "bedre" : "værre";
};

/**
 * @example headline("rettidighed", {mean: 0.05, ci95: [0.03, 0.07], unit: "andel", n: 10}, true)
 * // {verdict: "bedre", sentence: "Bedre: rettidigheden stiger med 5,0 procentpoint (parret forskel, 95 %-interval 3,0 til 7,0)."}
 */
export const headline = (kpi: KpiId, d: KpiSummary | undefined, paired: boolean): Headline => {
  const subject = kpiSubject(kpi);
  if (d === undefined || d.mean === null || d.ci95 === null)
    return { kpi, verdict: undefined, ci95: null, sentence: `${subject}: kan ikke beregnes.` };
  const unit = d.unit;
  const word = differenceUnit(unit);
  const verdict = verdictFor(kpi, d);
  const digits = digitsOf(Math.max(Math.abs(d.ci95[0]), Math.abs(d.ci95[1])), unit);
  const f = (x: number) => formatNumber(scaled(x, unit), digits);
  const how = `${paired ? "parret forskel" : "ikke parret"}, 95 %-interval ${f(d.ci95[0])} til ${f(d.ci95[1])} ${word}`;
  const lower = subject.charAt(0).toLowerCase() + subject.slice(1);
  const change =
    Math.abs(scaled(d.mean, unit)) < 0.5 * 10 ** -digits
      ? `${lower} er næsten uændret`
      : `${lower} ${d.mean < 0 ? "falder" : "stiger"} med ${formatNumber(Math.abs(scaled(d.mean, unit)), digits)} ${word}`;
  const threshold = practicalThreshold[unit];
  const note =
    verdict === "ubetydelig" && threshold !== undefined
      ? `, under tærsklen på ${formatNumber(scaled(threshold, unit), threshold < 1 && !isShareUnit(unit) ? 1 : 0)} ${word}`
      : "";
  const head = verdict.charAt(0).toUpperCase() + verdict.slice(1);
  return {
    kpi,
    verdict,
    ci95: d.ci95,
    sentence: `${head}: ${change} (${how})${note}${note.endsWith(".") ? "" : "."}`,
  };
};
