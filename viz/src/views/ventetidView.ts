/** Ventetid og varighed: overlaid ECDFs and histograms per scenario for a chosen waiting time or duration. */
import * as d3 from "d3";
import type { ScenarioCharts } from "@sagsflow/domain";
import { ecdf } from "../lib/ecdf";
import { formatNumber } from "../lib/formatDa";
import { histogramBins, sharedEdges } from "../lib/histogramBins";
import { historyColor, scenarioColor } from "../lib/palette";
import { axes, chartFrame, el, legend } from "./chartFrame";
import { chartSeries, type View, waitingNote } from "./viewContext";

const measures: ReadonlyArray<{ key: keyof ScenarioCharts["waits"]; label: string }> = [
  {
    key: "raskmeldingToVirksomhedsservice",
    label: "Ventetid fra raskmelding til virksomhedsservice (dage)",
  },
  { key: "raskmeldingToJob", label: "Ventetid fra raskmelding til job (dage)" },
  { key: "spellDuration", label: "Sygeforløbets varighed (dage)" },
];
let chosen: keyof ScenarioCharts["waits"] = "raskmeldingToVirksomhedsservice";

export const ventetidView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const label = el(root, "label", "Mål: ");
  const select = el(label, "select");
  for (const m of measures)
    Object.assign(el(select, "option", m.label), { value: m.key, selected: m.key === chosen });
  select.addEventListener("change", () => {
    chosen = select.value as typeof chosen;
    root.replaceChildren();
    ventetidView(root, ctx);
  });
  const title = measures.find((m) => m.key === chosen)?.label ?? "";
  const series = chartSeries(ctx, scenarioColor, historyColor).map((s) => ({
    ...s,
    sample: s.charts.waits[chosen],
  }));
  legend(
    root,
    series.map((s) => ({
      name: `${s.name} (n = ${formatNumber(s.sample.length, 0)})`,
      color: s.color,
    })),
  );
  const max = d3.max(series, (s) => d3.max(s.sample)) ?? 1;
  const ecdfBox = el(root, "figure", undefined, "chart-box");
  el(ecdfBox, "figcaption", "Fordelingsfunktion (andel sager med højst x dage)");
  const f = chartFrame(ecdfBox, `Empiriske fordelingsfunktioner: ${title}`);
  const x = d3.scaleLinear().domain([0, max]).range([0, f.width]).nice();
  const y = d3.scaleLinear().domain([0, 1]).range([f.height, 0]);
  axes(f, x, y, { x: title, y: "andel" }, (v) => `${formatNumber(v * 100, 0)} %`);
  // The first series (basis, or history) is a wide line underneath; the others are dashed on top, so a variant
  // that equals its baseline does not hide it.
  series.forEach((s, i) => {
    const pts = ecdf(s.sample);
    f.g
      .append("path")
      .attr("class", "ecdf")
      .attr("data-points", pts.length)
      .attr("stroke", s.color)
      .attr("stroke-width", i === 0 ? 4 : 2)
      .attr("stroke-dasharray", i === 0 ? null : i === 1 ? "7 4" : "2 3")
      .attr(
        "d",
        d3
          .line<{ x: number; y: number }>()
          .x((p) => x(p.x))
          .y((p) => y(p.y))
          .curve(d3.curveStepAfter)([{ x: 0, y: 0 }, ...pts]),
      );
  });
  const histBox = el(root, "figure", undefined, "chart-box");
  el(histBox, "figcaption", "Histogram (andel sager pr. interval)");
  const h = chartFrame(histBox, `Histogrammer: ${title}`);
  const edges = sharedEdges(
    series.map((s) => s.sample),
    30,
  );
  const bins = series.map((s) => histogramBins(s.sample, edges));
  const hx = d3
    .scaleLinear()
    .domain([0, edges[edges.length - 1] ?? 1])
    .range([0, h.width]);
  const hy = d3
    .scaleLinear()
    .domain([0, d3.max(bins.flat(), (b) => b.share) ?? 1])
    .range([h.height, 0])
    .nice();
  axes(h, hx, hy, { x: title, y: "andel" }, (v) => `${formatNumber(v * 100, 0)} %`);
  series.forEach((s, i) => {
    const area = d3
      .area<(typeof bins)[number][number]>()
      .x((b) => hx(b.x0))
      .y0(h.height)
      .y1((b) => hy(b.share))
      .curve(d3.curveStepAfter);
    // The first series filled, the others as outlines: both shapes stay readable where they overlap.
    h.g
      .append("path")
      .attr("class", i === 0 ? "hist" : "hist outline")
      .attr("fill", i === 0 ? s.color : "none")
      .attr("stroke", s.color)
      .attr("stroke-width", i === 0 ? 1 : 2.5)
      .attr("stroke-dasharray", i <= 1 ? null : "4 3")
      .attr("d", area(bins[i] ?? []));
  });
};
