/** Forløb: a Sankey of case paths per scenario (and for history when present). */
import * as d3 from "d3";
import { stageColumn, stageOrder, type Stage } from "@sagsflow/domain";
import { formatNumber } from "../lib/formatDa";
import { historyColor, scenarioColor } from "../lib/palette";
import { sankeyLayout } from "../lib/sankeyLayout";
import { chartFrame, el } from "./chartFrame";
import { chartSeries, type View, waitingNote } from "./viewContext";

export const forloebView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  el(
    root,
    "p",
    "Sagernes veje fra sygemelding til afslutning. Båndenes bredde er antal sager (én replikation, sager startet i måleperioden).",
    "muted",
  );
  for (const s of chartSeries(ctx, scenarioColor, historyColor)) {
    const box = el(root, "figure", undefined, "chart-box");
    el(box, "figcaption", `${s.name} – ${formatNumber(s.charts.cases, 0)} sager`);
    const f = chartFrame(box, `Sankey-diagram over sagsforløb for ${s.name}`, 340);
    const { nodes, links } = sankeyLayout<Stage>({
      links: s.charts.paths,
      column: (n) => stageColumn[n],
      order: (n) => stageOrder.indexOf(n),
      width: f.width - 190,
      height: f.height + 20,
      nodeWidth: 12,
      padding: 10,
    });
    const g = f.g.attr("class", "sankey").attr("data-links", links.length);
    g.selectAll("path.link")
      .data(links)
      .join("path")
      .attr("class", "link")
      .attr("d", (l) => l.path)
      .attr("stroke", s.color)
      .attr("stroke-width", (l) => Math.max(1, l.width))
      .append("title")
      .text((l) => `${l.source} → ${l.target}: ${formatNumber(l.value, 0)} sager`);
    const node = g.selectAll("g.node").data(nodes).join("g").attr("class", "node");
    node
      .append("rect")
      .attr("x", (n) => n.x0)
      .attr("y", (n) => n.y0)
      .attr("width", (n) => n.x1 - n.x0)
      .attr("height", (n) => Math.max(1, n.y1 - n.y0));
    node
      .append("text")
      .attr("x", (n) => n.x1 + 4)
      .attr("y", (n) => (n.y0 + n.y1) / 2)
      .attr("dy", "0.35em")
      .text((n) => `${n.id} (${formatNumber(n.value, 0)})`);
    d3.select(box).attr("data-scenario", s.charts.id);
  }
};
