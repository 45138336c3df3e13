/**
 * The cells of the workshop's KPI table: a mean with its interval (clamped to the KPI's domain; "foreløbig" below ten
 * replications or from the small first run) and the paired difference with a bedre/værre mark.
 */
import type { KpiId, KpiSummaries } from "@sagsflow/simulator/model";
import { differenceUnit, formatBare, formatRange, formatValue } from "../lib/formatDa";
import { headline } from "../lib/headline";
import { clampToDomain, MIN_INTERVAL_REPLICATIONS } from "../workshop/workshopDifference";
import { el } from "./chartFrame";
import type { Preliminary } from "./workshopResults";

const interval = (
  td: HTMLElement,
  lo: number,
  hi: number,
  unit: string,
  n: number,
  preliminary: Preliminary | undefined,
) => {
  if (preliminary !== undefined) {
    el(td, "span", " (foreløbig)", "kpi-ci prelim");
    return;
  }
  if (n < MIN_INTERVAL_REPLICATIONS) {
    el(
      td,
      "span",
      ` (foreløbig, ${n} af ${MIN_INTERVAL_REPLICATIONS} replikationer)`,
      "kpi-ci prelim",
    );
    return;
  }
  el(td, "span", ` (${formatRange(lo, hi, unit)})`, "kpi-ci");
};

export const cell = (
  row: HTMLElement,
  kpi: KpiId,
  k: KpiSummaries | undefined,
  scenario: string,
  preliminary?: Preliminary,
) => {
  const td = el(row, "td");
  const s = k?.[kpi];
  const v = el(td, "span", s?.mean == null ? "–" : formatValue(s.mean, s.unit), "kpi-mean");
  v.dataset.kpi = kpi;
  v.dataset.scenario = scenario;
  if (s?.mean != null) v.dataset.value = String(s.mean);
  if (preliminary !== undefined && s?.mean != null) {
    v.dataset.preliminary = "true";
    interval(td, 0, 0, s.unit, s.n, preliminary);
  } else if (s?.ci95 != null) {
    const [lo, hi] = clampToDomain(s.ci95[0], s.ci95[1], s.unit);
    interval(td, lo, hi, s.unit, s.n, undefined);
  }
};

const markOf: Readonly<Record<string, string>> = {
  bedre: "▲ bedre",
  værre: "▼ værre",
  "ingen sikker forskel": "ingen sikker forskel",
  ubetydelig: "ubetydelig",
  ændret: "ændret",
};

export const differenceCell = (
  row: HTMLElement,
  kpi: KpiId,
  d: KpiSummaries | undefined,
  preliminary: Preliminary | undefined,
) => {
  const td = el(row, "td", undefined, "ws-diff");
  const s = d?.[kpi];
  if (s?.mean == null) {
    el(td, "span", "–");
    return;
  }
  const bare = formatBare(s.mean, s.unit);
  const shown = `${s.mean > 0 && !bare.match(/^[0,]+$/) ? "+" : ""}${bare} ${differenceUnit(s.unit)}`;
  const v = el(td, "span", shown, "kpi-diff");
  v.dataset.kpi = kpi;
  if (preliminary !== undefined || s.ci95 === null || s.n < MIN_INTERVAL_REPLICATIONS) {
    interval(td, 0, 0, s.unit, s.n, preliminary);
    return;
  }
  el(td, "span", ` (${formatRange(s.ci95[0], s.ci95[1], s.unit)})`, "kpi-ci");
  const verdict = headline(kpi, s, true).verdict;
  if (verdict !== undefined) {
    const mark = el(td, "span", ` ${markOf[verdict]}`, `mark mark-${verdict.replace(/\s/g, "-")}`);
    mark.dataset.verdict = verdict;
  }
};
