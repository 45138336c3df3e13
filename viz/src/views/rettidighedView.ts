/**
 * Rettidighed over tid: monthly share on time per rule with a 95 % band; history (grey) and simulation on one axis;
 * below it the share per rule over the whole period beside the total (ruleTable.ts).
 */
import * as d3 from "d3";
import { deadlineRuleLabels, type MonthShare, type RettidighedMonth } from "@sagsflow/domain";
import { formatNumber } from "../lib/formatDa";
import { historyColor, scenarioColor } from "../lib/palette";
import { shareInterval } from "../lib/shareInterval";
import { chartFrame, el, legend, monthAxes, monthLine } from "./chartFrame";
import { ruleTable } from "./ruleTable";
import { chartSeries, type View, waitingNote } from "./viewContext";

/** Danish names of the deadline rules (from the domain's one catalog), and "all" first. */
const ruleNames: Readonly<Record<string, string>> = { alle: "Alle frister", ...deadlineRuleLabels };
let chosen = "alle";

type Series = {
  readonly name: string;
  readonly color: string;
  readonly months: ReadonlyArray<RettidighedMonth>;
};
type Point = { month: string; share: number; lo: number; hi: number };

const pointsOf = (months: ReadonlyArray<RettidighedMonth>): Point[] =>
  months.flatMap((m) => {
    const r: MonthShare | undefined = chosen === "alle" ? m.all : m.byRule[chosen];
    const ci = r === undefined ? null : shareInterval(r.met, r.met + r.late);
    return r === undefined || ci === null
      ? []
      : [{ month: m.month, share: r.met / (r.met + r.late), lo: ci[0], hi: ci[1] }];
  });

const panel = (root: HTMLElement, caption: string, series: ReadonlyArray<Series>): void => {
  const box = el(root, "figure", undefined, "chart-box");
  el(box, "figcaption", caption);
  const f = chartFrame(box, caption, 320);
  const pts = series.map((s) => ({ ...s, pts: pointsOf(s.months) }));
  const months = [...new Set(pts.flatMap((s) => s.pts.map((p) => p.month)))].sort();
  // The axis starts near the lowest band, so a 97 % vs 99 % difference is visible; 0 stays when shares are low.
  const low =
    d3.min(
      pts.flatMap((s) => s.pts),
      (p) => p.lo,
    ) ?? 0;
  const y = d3
    .scaleLinear()
    .domain([Math.max(0, Math.floor((low - 0.02) * 10) / 10), 1])
    .range([f.height, 0]);
  const x = monthAxes(f, months, y, 10, (v) => `${formatNumber(v * 100, 0)} %`);
  f.g
    .append("text")
    .attr("class", "axis-title")
    .attr("y", -2)
    .attr("dy", "-0.2em")
    .text("andel rettidig");
  for (const s of pts) {
    const px = (p: Point) => x(p.month) ?? 0;
    f.g
      .append("path")
      .attr("class", "band")
      .attr("fill", s.color)
      .attr(
        "d",
        d3
          .area<Point>()
          .x(px)
          .y0((p) => y(p.lo))
          .y1((p) => y(p.hi))(s.pts),
      );
    monthLine(f, x, (p) => y(p.share), s.pts, s.color);
  }
};

const ruleSelect = (root: HTMLElement, rules: ReadonlyArray<string>, redraw: () => void): void => {
  const label = el(root, "label", "Frist: ");
  const select = el(label, "select");
  for (const r of rules)
    Object.assign(el(select, "option", ruleNames[r] ?? r), { value: r, selected: r === chosen });
  select.addEventListener("change", () => {
    chosen = select.value;
    redraw();
  });
};

export const rettidighedView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const sims: Series[] = chartSeries(ctx, scenarioColor, historyColor).map((s) => ({
    name: s.name,
    color: s.color,
    months: s.charts.rettidighed,
  }));
  const history: Series[] =
    ctx.historyRettidighed === undefined
      ? []
      : [{ name: "Historik", color: historyColor, months: ctx.historyRettidighed }];
  const all = [...history, ...sims];
  ruleSelect(
    root,
    ["alle", ...new Set(all.flatMap((s) => s.months.flatMap((m) => Object.keys(m.byRule))))],
    () => {
      root.replaceChildren();
      rettidighedView(root, ctx);
    },
  );
  legend(
    root,
    all.map((s) => ({ name: s.name, color: s.color })),
  );
  const rule = ruleNames[chosen] ?? chosen;
  // One y axis for the imported history and the simulated scenarios, so a level can be read across both.
  panel(
    root,
    history.length > 0
      ? `${rule}: historik (grå) og simuleret på samme akse (bånd: 95 %-interval)`
      : `${rule}: simuleret (bånd: 95 %-interval)`,
    all,
  );
  // Per rule beside the total, over the whole measured period.
  ruleTable(root, all);
};
