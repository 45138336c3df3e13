/** Kapacitet: caseload per FTE and estimated utilization per role over time, one line per scenario. */
import * as d3 from "d3";
import type { Role, RoleMonth } from "@sagsflow/domain";
import { formatNumber } from "../lib/formatDa";
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

export const kapacitetView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const ids = scenarioIds(ctx);
  el(
    root,
    "p",
    "Sager pr. årsværk i rollens fase og udnyttelse (afholdte mødeminutter / tilgængelige mødeminutter, estimeret fra hændelserne).",
    "muted",
  );
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
