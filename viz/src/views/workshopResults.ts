/** The workshop's live results: KPI table (udgangspunkt vs hvad nu hvis), headline chart and the raw KPI JSON. */
import { type KpiId, type KpiSummaries, kpiCatalog, kpiIds } from "@sagsflow/simulator/model";
import { formatRange, formatValue } from "../lib/formatDa";
import { scenarioColor } from "../lib/palette";
import { el } from "./chartFrame";
import { kpiBarsChart } from "./kpiBarsChart";

export interface ResultsState {
  readonly state: "idle" | "running" | "done" | "error";
  readonly status: string;
  readonly run: number;
  readonly reference: KpiSummaries | undefined;
  readonly whatIf: KpiSummaries | undefined;
  readonly firstKpiMs: number | undefined;
  readonly totalMs: number | undefined;
}

const HEADLINE: ReadonlyArray<KpiId> = [
  "waitRaskmeldingToVirksomhedsserviceDays",
  "waitRaskmeldingToJobDays",
  "handoffWaitDays",
];

const cell = (row: HTMLElement, kpi: KpiId, k: KpiSummaries | undefined, scenario: string) => {
  const td = el(row, "td");
  const s = k?.[kpi];
  const v = el(td, "span", s?.mean == null ? "–" : formatValue(s.mean, s.unit), "kpi-mean");
  v.dataset.kpi = kpi;
  v.dataset.scenario = scenario;
  if (s?.mean != null) v.dataset.value = String(s.mean);
  if (s?.ci95 != null) el(td, "span", ` (${formatRange(s.ci95[0], s.ci95[1], s.unit)})`, "kpi-ci");
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
  for (const h of ["Nøgletal", "Udgangspunkt (95 %)", "Hvad nu hvis (95 %)"]) el(head, "th", h);
  for (const kpi of kpiIds) {
    const row = el(table, "tr");
    el(row, "th", kpiCatalog[kpi].label).setAttribute("scope", "row");
    cell(row, kpi, r.reference, "reference");
    cell(row, kpi, r.whatIf, "whatif");
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
