/**
 * Forløb: one Sankey of case paths per scenario (d3-sankey), side by side on one scale of cases, and a difference
 * view per variant: which flows grow or shrink against the basis, in procentpoint of the cases (case counts differ).
 */
import { type PathLink, type Stage, stageColumn, stageOrder } from "@sagsflow/domain";
import * as d3 from "d3";
import { sankey, sankeyLinkHorizontal } from "d3-sankey";
import { formatNumber } from "../lib/formatDa";
import { flowDifferences } from "../lib/flowDifferences";
import { historyColor, scenarioColor } from "../lib/palette";
import { chartFrame, el, labelledSvg } from "./chartFrame";
import { differenceAxis } from "./differenceAxis";
import { setChartData } from "./exportTools";
import { chartSeries, labelOf, type View, waitingNote } from "./viewContext";

type Node = { id: Stage };
type Link = { source: Stage; target: Stage; value: number };

const drawSankey = (
  parent: HTMLElement,
  name: string,
  cases: number,
  paths: ReadonlyArray<PathLink>,
  color: string,
) => {
  const box = el(parent, "figure", undefined, "chart-box");
  el(box, "figcaption", `${name} – ${formatNumber(cases, 0)} sager`);
  const f = chartFrame(box, `Sankey-diagram over sagsforløb for ${name}`, 340);
  const ids = [...new Set(paths.flatMap((l) => [l.source, l.target]))];
  const layout = sankey<Node, Link>()
    .nodeId((n) => n.id)
    .nodeWidth(12)
    .nodePadding(10)
    // Stages keep their column in every scenario, so the diagrams can be read side by side.
    .nodeAlign((n, columns) => Math.min(columns - 1, stageColumn[(n as Node).id]))
    .nodeSort((a, b) => stageOrder.indexOf(a.id) - stageOrder.indexOf(b.id))
    .extent([
      [0, 0],
      [f.width - 150, f.height + 20],
    ]);
  const graph = layout({
    nodes: ids.map((id) => ({ id })),
    links: paths.map((l) => ({ ...l })),
  });
  const g = f.g.attr("class", "sankey").attr("data-links", graph.links.length);
  g.selectAll("path.link")
    .data(graph.links)
    .join("path")
    .attr("class", "link")
    .attr("d", sankeyLinkHorizontal())
    .attr("stroke", color)
    .attr("stroke-width", (l) => Math.max(1, l.width ?? 1))
    .append("title")
    .text(
      (l) =>
        `${(l.source as Node).id} → ${(l.target as Node).id}: ${formatNumber(l.value, 0)} sager`,
    );
  const node = g.selectAll("g.node").data(graph.nodes).join("g").attr("class", "node");
  node
    .append("rect")
    .attr("x", (n) => n.x0 ?? 0)
    .attr("y", (n) => n.y0 ?? 0)
    .attr("width", (n) => (n.x1 ?? 0) - (n.x0 ?? 0))
    .attr("height", (n) => Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)));
  node
    .append("text")
    .attr("x", (n) => (n.x1 ?? 0) + 4)
    .attr("y", (n) => ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2)
    .attr("dy", "0.35em")
    .text((n) => `${n.id} (${formatNumber(n.value ?? 0, 0)})`);
  return box;
};

const drawDifference = (
  parent: HTMLElement,
  title: string,
  rows: ReturnType<typeof flowDifferences>,
  color: string,
) => {
  const box = el(parent, "figure", undefined, "chart-box flow-diff");
  el(box, "figcaption", title);
  const shown = rows.slice(0, 10);
  const rowH = 26;
  const width = 720;
  const labelW = 330;
  const height = shown.length * rowH + 52;
  const svg = labelledSvg(box, { width, height }, title);
  const m = d3.max(shown, (r) => Math.abs(r.shareDifference)) || 0.01;
  const x = differenceAxis(svg, {
    domain: [-m * 1.1, m * 1.1],
    range: [labelW + 40, width - 40],
    bottom: shown.length * rowH,
    scale: 100,
  });
  shown.forEach((r, i) => {
    const y = i * rowH + rowH / 2;
    svg
      .append("text")
      .attr("x", labelW)
      .attr("y", y)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("font-size", 14)
      .text(`${r.source} → ${r.target}`);
    svg
      .append("rect")
      .attr("class", "diff-bar flow-diff-bar")
      .attr("x", Math.min(x(0), x(r.shareDifference)))
      .attr("width", Math.abs(x(r.shareDifference) - x(0)))
      .attr("y", y - 8)
      .attr("height", 16)
      .attr("fill", color)
      .append("title")
      .text(
        `${r.source} → ${r.target}: ${formatNumber(r.shareDifference * 100, 1)} procentpoint (${formatNumber(r.baseline, 0)} → ${formatNumber(r.variant, 0)} sager)`,
      );
  });
  svg
    .append("text")
    .attr("class", "axis-title")
    .attr("x", width - 40)
    .attr("y", height - 4)
    .attr("text-anchor", "end")
    .text("forskel i andel af sagerne, procentpoint");
  setChartData(box, () =>
    rows.map((r) => ({
      Fra: r.source,
      Til: r.target,
      "Sager, basis": r.baseline,
      "Sager, variant": r.variant,
      "Forskel i andel, procentpoint": r.shareDifference * 100,
    })),
  );
};

export const forloebView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  el(
    root,
    "p",
    "Sagernes veje fra sygemelding til afslutning, ét diagram pr. scenarie. Båndenes bredde er antal sager (én replikation, sager startet i måleperioden).",
    "muted",
  );
  const series = chartSeries(ctx, scenarioColor, historyColor);
  const grid = el(root, "div", undefined, "panel-grid sankey-grid");
  for (const s of series) {
    const box = drawSankey(grid, s.name, s.charts.cases, s.charts.paths, s.color);
    box.dataset.scenario = s.charts.id;
  }
  const [base, ...variants] = ctx.charts;
  if (base === undefined || variants.length === 0) return;
  el(root, "h3", "Hvilke strømme vokser eller skrumper");
  for (const [i, v] of variants.entries())
    drawDifference(
      root,
      `${labelOf(ctx, v.id)} mod ${labelOf(ctx, base.id)}: de største ændringer`,
      flowDifferences(base, v),
      scenarioColor(i + 1),
    );
};
