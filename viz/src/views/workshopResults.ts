/**
 * The workshop's live results: KPI table (udgangspunkt, hvad nu hvis, paired forskel with a bedre/værre mark),
 * headline chart and the raw KPI JSON. Intervals appear only from ten replications on; before that "foreløbig".
 */
import {
  type KpiId,
  type KpiSummaries,
  kpiCatalog,
  kpiIds,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";
import { differenceUnit, formatBare, formatRange, formatValue } from "../lib/formatDa";
import { headline } from "../lib/headline";
import type { LeverOverrides } from "../workshop/leverSettings";
import {
  clampToDomain,
  MIN_INTERVAL_REPLICATIONS,
  pairedWorkshopDifference,
} from "../workshop/workshopDifference";
import { scenarioColor } from "../lib/palette";
import { el } from "./chartFrame";
import { kpiBarsChart } from "./kpiBarsChart";

export interface ResultsState {
  readonly state: "idle" | "running" | "done" | "error";
  readonly status: string;
  readonly run: number;
  /** The lever settings this run was started with (what a saved variant and the board's label use). */
  readonly settings: LeverOverrides;
  readonly reference: KpiSummaries | undefined;
  readonly whatIf: KpiSummaries | undefined;
  readonly firstKpiMs: number | undefined;
  readonly totalMs: number | undefined;
  /** Per-replication KPIs of both runs (by replication index), for the paired difference. */
  readonly referenceReps?: ReadonlyArray<ReplicationKpis | undefined> | undefined;
  readonly whatIfReps?: ReadonlyArray<ReplicationKpis | undefined> | undefined;
}

const HEADLINE: ReadonlyArray<KpiId> = [
  "waitRaskmeldingToVirksomhedsserviceDays",
  "waitRaskmeldingToJobDays",
  "handoffWaitDays",
];

const interval = (td: HTMLElement, lo: number, hi: number, unit: string, n: number) => {
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

const cell = (row: HTMLElement, kpi: KpiId, k: KpiSummaries | undefined, scenario: string) => {
  const td = el(row, "td");
  const s = k?.[kpi];
  const v = el(td, "span", s?.mean == null ? "–" : formatValue(s.mean, s.unit), "kpi-mean");
  v.dataset.kpi = kpi;
  v.dataset.scenario = scenario;
  if (s?.mean != null) v.dataset.value = String(s.mean);
  if (s?.ci95 != null) {
    const [lo, hi] = clampToDomain(s.ci95[0], s.ci95[1], s.unit);
    interval(td, lo, hi, s.unit, s.n);
  }
};

const markOf: Readonly<Record<string, string>> = {
  bedre: "▲ bedre",
  værre: "▼ værre",
  "ingen sikker forskel": "ingen sikker forskel",
  ubetydelig: "ubetydelig",
  ændret: "ændret",
};

const differenceCell = (row: HTMLElement, kpi: KpiId, d: KpiSummaries | undefined) => {
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
  if (s.ci95 === null || s.n < MIN_INTERVAL_REPLICATIONS) {
    interval(td, 0, 0, s.unit, s.n);
    return;
  }
  el(td, "span", ` (${formatRange(s.ci95[0], s.ci95[1], s.unit)})`, "kpi-ci");
  const verdict = headline(kpi, s, true).verdict;
  if (verdict !== undefined) {
    const mark = el(td, "span", ` ${markOf[verdict]}`, `mark mark-${verdict.replace(/\s/g, "-")}`);
    mark.dataset.verdict = verdict;
  }
};

export const workshopResults = (root: HTMLElement, r: ResultsState): void => {
  const box = el(root, "section", undefined, "ws-results");
  Object.assign(box.dataset, {
    state: r.state,
    run: String(r.run),
    firstKpiMs: r.firstKpiMs?.toFixed(1) ?? "",
    totalMs: r.totalMs?.toFixed(1) ?? "",
  });
  el(box, "p", r.status, "status").setAttribute("role", "status");
  const table = el(box, "table", undefined, "ws-table");
  const head = el(table, "tr");
  for (const h of [
    "Nøgletal",
    "Udgangspunkt (95 %)",
    "Hvad nu hvis (95 %)",
    "Forskel mod udgangspunkt (parret, 95 %)",
  ])
    el(head, "th", h);
  const diff =
    r.whatIfReps === undefined || r.referenceReps === undefined
      ? undefined
      : pairedWorkshopDifference(r.whatIfReps, r.referenceReps)?.kpis;
  for (const kpi of kpiIds) {
    const row = el(table, "tr");
    el(row, "th", kpiCatalog[kpi].label).setAttribute("scope", "row");
    cell(row, kpi, r.reference, "reference");
    cell(row, kpi, r.whatIf, "whatif");
    differenceCell(row, kpi, diff);
  }
  const series = [
    ...(r.reference === undefined
      ? []
      : [{ name: "Udgangspunkt", color: scenarioColor(0), kpis: r.reference }]),
    ...(r.whatIf === undefined
      ? []
      : [{ name: "Hvad nu hvis", color: scenarioColor(1), kpis: r.whatIf }]),
  ];
  if (series.length > 0) kpiBarsChart(box, "Ventetider, hvad nu hvis", HEADLINE, series);
  if (r.whatIf !== undefined && r.state === "done") {
    const d = el(box, "details");
    el(d, "summary", "Nøgletal som JSON (samme form som sagsflow run --json)");
    el(d, "pre", JSON.stringify(r.whatIf, null, 2), "kpi-json");
  }
};
