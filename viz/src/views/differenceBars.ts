/** Horizontal difference bars (variant − baseline) with 95 % CI whiskers and a zero line. */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import type { KpiSummary } from "../lib/comparison";
import { differenceDomain } from "../lib/differenceDomain";
import { differenceUnit, formatBare, isShareUnit } from "../lib/formatDa";
import { differenceAxis } from "./differenceAxis";
import { labelledSvg } from "./chartFrame";

export const differenceBars = (
  parent: HTMLElement,
  kpi: KpiId,
  rows: ReadonlyArray<{ label: string; d: KpiSummary | undefined; color: string }>,
): void => {
  const unit = kpiCatalog[kpi].unit;
  const rowH = 22;
  const width = 360;
  const height = rows.length * rowH + 24;
  const svg = labelledSvg(
    parent,
    { width, height },
    `Forskel fra basis for ${kpiCatalog[kpi].label} med 95 %-interval`,
    "diff-chart",
  );
  // Margins hold the end labels.
  const x = differenceAxis(svg, {
    domain: differenceDomain(rows.map((r) => r.d)),
    range: [28, width - 28],
    bottom: rows.length * rowH,
    scale: isShareUnit(unit) ? 100 : 1,
  });
  const fmt = (v: number) => formatBare(v, unit);
  rows.forEach((r, i) => {
    const y = i * rowH + rowH / 2;
    if (r.d?.mean == null) return;
    const m = r.d.mean;
    svg
      .append("rect")
      .attr("class", "diff-bar")
      .attr("x", Math.min(x(0), x(m)))
      .attr("width", Math.abs(x(m) - x(0)))
      .attr("y", y - 6)
      .attr("height", 12)
      .attr("fill", r.color)
      .append("title")
      .text(`${r.label}: ${fmt(m)} ${differenceUnit(unit)}`);
    if (r.d.ci95 === null) return;
    const [lo, hi] = r.d.ci95;
    const w = svg.append("g").attr("class", "whisker");
    w.append("line").attr("x1", x(lo)).attr("x2", x(hi)).attr("y1", y).attr("y2", y);
    for (const e of [lo, hi])
      w.append("line")
        .attr("x1", x(e))
        .attr("x2", x(e))
        .attr("y1", y - 5)
        .attr("y2", y + 5);
  });
  svg
    .append("text")
    .attr("class", "axis-title")
    .attr("x", width - 8)
    .attr("y", 9)
    .attr("text-anchor", "end")
    .text(isShareUnit(unit) ? "forskel, procentpoint" : `forskel, ${unit}`);
};
