/** Grouped horizontal bars with 95 % CI whiskers: a few KPIs (rows) for up to five series (what-if, board entries). */
import { type KpiId, type KpiSummaries, kpiCatalog } from "@sagsflow/simulator/model";
import * as d3 from "d3";
import { formatNumber, isShareUnit, tickDigits } from "../lib/formatDa";
import { MIN_INTERVAL_REPLICATIONS } from "../workshop/workshopDifference";
import { el, legend, labelledSvg } from "./chartFrame";
import { setChartData } from "./exportTools";

export interface KpiSeries {
  readonly name: string;
  readonly color: string;
  readonly kpis: KpiSummaries;
}

/** One figure per call; all `kpis` must share a unit (the x axis is common). */
export const kpiBarsChart = (
  parent: HTMLElement,
  caption: string,
  kpis: ReadonlyArray<KpiId>,
  series: ReadonlyArray<KpiSeries>,
): HTMLElement => {
  const box = el(parent, "figure", undefined, "chart-box kpi-bars");
  el(box, "figcaption", caption);
  const unit = kpiCatalog[kpis[0] as KpiId].unit;
  const barH = 18;
  // Each KPI's label sits above its bars, so long Danish labels never run into them.
  const groupH = series.length * barH + 26;
  const width = 720;
  // Room for the first tick label at the left edge.
  const left = 24;
  const height = kpis.length * groupH + 30;
  const hi =
    d3.max(series.flatMap((s) => kpis.map((k) => s.kpis[k]?.ci95?.[1] ?? s.kpis[k]?.mean ?? 0))) ??
    1;
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1e-9, hi)])
    .range([left, width - 16])
    .nice();
  const scale = isShareUnit(unit) ? 100 : 1;
  const digits = tickDigits(x.ticks(6).map((t) => t * scale));
  const svg = labelledSvg(box, { width, height }, `${caption}: middelværdi med 95 %-interval`);
  kpis.forEach((k, gi) => {
    const g = svg.append("g").attr("transform", `translate(0,${gi * groupH})`);
    g.append("text")
      .attr("x", 0)
      .attr("y", 14)
      .attr("class", "bar-label")
      .text(kpiCatalog[k].label);
    series.forEach((s, si) => {
      const v = s.kpis[k];
      if (v?.mean == null) return;
      const y = si * barH + 20;
      g.append("rect")
        .attr("class", "kpi-bar")
        .attr("x", left)
        .attr("y", y)
        .attr("height", barH - 4)
        .attr("width", Math.max(0, x(v.mean) - left))
        .attr("fill", s.color);
      // Whiskers only from enough replications (the workshop's rule; "foreløbig" before that).
      if (v.ci95 !== null && v.n >= MIN_INTERVAL_REPLICATIONS)
        g.append("line")
          .attr("class", "whisker-line")
          .attr("x1", x(v.ci95[0]))
          .attr("x2", x(v.ci95[1]))
          .attr("y1", y + (barH - 4) / 2)
          .attr("y2", y + (barH - 4) / 2);
    });
  });
  svg
    .append("g")
    .attr("transform", `translate(0,${kpis.length * groupH + 4})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(6)
        .tickFormat((v) => formatNumber(Number(v) * scale, digits)),
    )
    .attr("font-size", 14);
  legend(box, series);
  setChartData(box, () =>
    series.flatMap((s) =>
      kpis.map((k) => ({
        Scenarie: s.name,
        Nøgletal: kpiCatalog[k].label,
        Enhed: kpiCatalog[k].unit,
        Middelværdi: s.kpis[k]?.mean ?? null,
        "95 %-interval, nedre": s.kpis[k]?.ci95?.[0] ?? null,
        "95 %-interval, øvre": s.kpis[k]?.ci95?.[1] ?? null,
      })),
    ),
  );
  return box;
};
