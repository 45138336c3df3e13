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
import type { LeverOverrides } from "../workshop/leverSettings";
import { previewEstimate } from "../workshop/previewEstimate";
import { pairedWorkshopDifference } from "../workshop/workshopDifference";
import { scenarioColor } from "../lib/palette";
import { el } from "./chartFrame";
import { kpiBarsChart } from "./kpiBarsChart";
import { cell, differenceCell } from "./workshopCells";

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
  /** The foreløbig what-if from a small run, shown until the full run's first replication, with its own pairing. */
  readonly preliminary?: Preliminary | undefined;
}

export interface Preliminary {
  readonly cases: number;
  readonly warmupWeeks: number;
  readonly replications: ReadonlyArray<ReplicationKpis | undefined>;
  /** The udgangspunkt's replication of the same size and seed (undefined until it has run). */
  readonly referenceReps: ReadonlyArray<ReplicationKpis | undefined> | undefined;
}

const HEADLINE: ReadonlyArray<KpiId> = [
  "waitRaskmeldingToVirksomhedsserviceDays",
  "waitRaskmeldingToJobDays",
  "handoffWaitDays",
];

export const workshopResults = (root: HTMLElement, r: ResultsState): void => {
  const box = el(root, "section", undefined, "ws-results");
  Object.assign(box.dataset, {
    state: r.state,
    run: String(r.run),
    firstKpiMs: r.firstKpiMs?.toFixed(1) ?? "",
    totalMs: r.totalMs?.toFixed(1) ?? "",
  });
  // The foreløbig estimate stands only until the full run has a replication.
  const preliminary = r.whatIf === undefined ? r.preliminary : undefined;
  if (preliminary !== undefined) box.dataset.preliminary = "true";
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
  const [mine, theirs] =
    preliminary === undefined
      ? [r.whatIfReps, r.referenceReps]
      : [preliminary.replications, preliminary.referenceReps];
  const diff =
    mine === undefined || theirs === undefined
      ? undefined
      : pairedWorkshopDifference(mine, theirs)?.kpis;
  // Foreløbig: the udgangspunkt's level plus the small run's paired difference (previewEstimate.ts says why).
  const whatIf =
    r.whatIf ??
    (preliminary !== undefined && r.reference !== undefined && diff !== undefined
      ? previewEstimate(r.reference, diff)
      : undefined);
  for (const kpi of kpiIds) {
    const row = el(table, "tr");
    el(row, "th", kpiCatalog[kpi].label).setAttribute("scope", "row");
    cell(row, kpi, r.reference, "reference");
    cell(row, kpi, whatIf, "whatif", preliminary);
    differenceCell(row, kpi, diff, preliminary);
  }
  const series = [
    ...(r.reference === undefined
      ? []
      : [{ name: "Udgangspunkt", color: scenarioColor(0), kpis: r.reference }]),
    ...(whatIf === undefined
      ? []
      : [
          {
            name: preliminary === undefined ? "Hvad nu hvis" : "Hvad nu hvis (foreløbig)",
            color: scenarioColor(1),
            kpis: whatIf,
          },
        ]),
  ];
  if (series.length > 0) kpiBarsChart(box, "Ventetider, hvad nu hvis", HEADLINE, series);
  if (r.whatIf !== undefined && r.state === "done") {
    const d = el(box, "details");
    el(d, "summary", "Nøgletal som JSON (samme form som sagsflow run --json)");
    el(d, "pre", JSON.stringify(r.whatIf, null, 2), "kpi-json");
  }
};
