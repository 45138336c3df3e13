/** Kapacitet: caseload per FTE and estimated utilization per role over time, one line per scenario. */
import * as d3 from "d3";
import type { Role, RoleMonth } from "@sagsflow/domain";
import { kpiCatalog } from "@sagsflow/simulator/model";
import { formatNumber, formatRange, formatValue } from "../lib/formatDa";
import { scenarioColor } from "../lib/palette";
import { chartFrame, el, legend, monthAxes, monthLine } from "./chartFrame";
import { labelOf, scenarioIds, type View, waitingNote } from "./viewContext";

const roleNames: Readonly<Record<Role, string>> = {
  sagsbehandler: "Sagsbehandlere",
  jobkonsulent: "Jobkonsulenter",
  virksomhedskonsulent: "Virksomhedskonsulenter",
  resultatteam: "Resultatteam",
};

const panel = (
  root: HTMLElement,
  title: string,
  rows: ReadonlyArray<{ color: string; pts: ReadonlyArray<RoleMonth> }>,
  value: (m: RoleMonth) => number,
  fmt: (v: number) => string,
) => {
  const box = el(root, "figure", undefined, "chart-box half");
  el(box, "figcaption", title);
  const f = chartFrame(box, title, 240);
  const months = [...new Set(rows.flatMap((r) => r.pts.map((p) => p.month)))].sort();
  const y = d3
    .scaleLinear()
    .domain([
      0,
      d3.max(
        rows.flatMap((r) => r.pts),
        value,
      ) ?? 1,
    ])
    .range([f.height, 0])
    .nice();
  const x = monthAxes(f, months, y, 6, (v) => fmt(v));
  for (const r of rows) monthLine(f, x, (p) => y(value(p)), r.pts, r.color);
};

/**
 * The desk KPIs exactly as Sammenligning shows them (the comparison's means and intervals over all replications), so
 * the two views never disagree; the monthly charts below are an event-based estimate from replication 0.
 */
const deskKpis = (root: HTMLElement, ctx: Parameters<View>[1]): void => {
  const c = ctx.comparison;
  if (c === undefined) return;
  const kpis = (["caseworkerUtilization", "caseloadPerCaseworker"] as const).filter(
    (k) => c.baseline.kpis[k] !== undefined,
  );
  if (kpis.length === 0) return;
  const table = el(root, "table", undefined, "desk-kpis");
  el(table, "caption", "Samme tal som på Sammenligning (alle replikationer, 95 %-interval)");
  const head = el(table, "tr");
  el(head, "th", "Scenarie");
  for (const k of kpis) el(head, "th", kpiCatalog[k].label);
  for (const s of [c.baseline, ...c.variants]) {
    const row = el(table, "tr");
    el(row, "th", labelOf(ctx, s.scenario)).setAttribute("scope", "row");
    for (const k of kpis) {
      const v = s.kpis[k];
      const td = el(row, "td", v?.mean == null ? "–" : formatValue(v.mean, v.unit), "kpi-mean");
      td.dataset.kpi = k;
      td.dataset.scenario = s.scenario;
      if (v?.ci95 != null)
        el(td, "span", ` (${formatRange(v.ci95[0], v.ci95[1], v.unit)})`, "kpi-ci");
    }
  }
};

export const kapacitetView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const ids = scenarioIds(ctx);
  el(
    root,
    "p",
    "Nedenfor pr. måned: sager pr. årsværk i rollens fase og udnyttelse (afholdte mødeminutter / tilgængelige mødeminutter), et estimat fra hændelserne i replikation 0, som kan afvige fra skrivebordstallene ovenfor.",
    "muted",
  );
  deskKpis(root, ctx);
  legend(
    root,
    ctx.charts.map((c) => ({ name: labelOf(ctx, c.id), color: scenarioColor(ids.indexOf(c.id)) })),
  );
  const roles = [...new Set(ctx.charts.flatMap((c) => c.capacity.map((m) => m.role)))];
  const grid = el(root, "div", undefined, "panel-grid");
  for (const role of roles) {
    const rows = ctx.charts.map((c) => ({
      color: scenarioColor(ids.indexOf(c.id)),
      pts: c.capacity.filter((m) => m.role === role),
    }));
    panel(
      grid,
      `${roleNames[role]}: sager pr. årsværk`,
      rows,
      (m) => m.caseloadPerFte,
      (v) => formatNumber(v, 0),
    );
    panel(
      grid,
      `${roleNames[role]}: udnyttelse`,
      rows,
      (m) => m.utilization,
      (v) => `${formatNumber(v * 100, 0)} %`,
    );
  }
};
