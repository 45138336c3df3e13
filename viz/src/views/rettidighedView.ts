/** Rettidighed over tid: monthly share on time per rule with a 95 % band; history beside simulation. */
import * as d3 from "d3";
import type { MonthShare, RettidighedMonth } from "../charts/scenarioCharts";
import { formatMonth, formatNumber } from "../lib/formatDa";
import { historyColor, scenarioColor } from "../lib/palette";
import { shareInterval } from "../lib/shareInterval";
import { chartFrame, el, legend } from "./chartFrame";
import { chartSeries, type View, waitingNote } from "./viewContext";

/** Danish names of the deadline rules (domain.md §4; rule ids from @sagsflow/domain deadlineRules). */
const ruleNames: Readonly<Record<string, string>> = {
  alle: "Alle frister",
  foersteOpfoelgning: "Første opfølgningssamtale",
  kat1Opfoelgning: "Opfølgning, kategori 1",
  fastTrack: "Fast track",
  opfoelgningInterval: "Opfølgningsinterval",
  opfoelgningAntal: "Antal opfølgningssamtaler",
  rehabiliteringsteamKat3: "Rehabiliteringsteam, kategori 3",
  revurdering: "Revurdering",
  jobafklaringFoersteSamtale: "Jobafklaring, første samtale",
};
let chosen = "alle";

const shareOf = (m: RettidighedMonth): MonthShare | undefined => (chosen === "alle" ? m.all : m.byRule[chosen]);

export const rettidighedView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const series = chartSeries(ctx, scenarioColor, historyColor);
  const rules = ["alle", ...new Set(series.flatMap((s) => s.charts.rettidighed.flatMap((m) => Object.keys(m.byRule))))];
  const label = el(root, "label", "Frist: ");
  const select = el(label, "select");
  for (const r of rules) Object.assign(el(select, "option", ruleNames[r] ?? r), { value: r, selected: r === chosen });
  select.addEventListener("change", () => {
    chosen = select.value;
    root.replaceChildren();
    rettidighedView(root, ctx);
  });
  legend(root, series.map((s) => ({ name: s.name, color: s.color })));
  const box = el(root, "figure", undefined, "chart-box");
  el(box, "figcaption", `Andel frister overholdt pr. måned – ${ruleNames[chosen] ?? chosen} (bånd: 95 %-interval)`);
  const f = chartFrame(box, `Rettidighed pr. måned for ${ruleNames[chosen] ?? chosen}`, 340);
  const months = [...new Set(series.flatMap((s) => s.charts.rettidighed.map((m) => m.month)))].sort();
  const x = d3.scalePoint<string>().domain(months).range([0, f.width]).padding(0.3);
  const y = d3.scaleLinear().domain([0, 1]).range([f.height, 0]);
  const every = Math.ceil(months.length / 10);
  f.g.append("g").attr("transform", `translate(0,${f.height})`)
    .call(d3.axisBottom(x).tickValues(months.filter((_, i) => i % every === 0)).tickFormat(formatMonth));
  f.g.append("g").call(d3.axisLeft(y).ticks(5).tickFormat((v) => `${formatNumber(Number(v) * 100, 0)} %`));
  f.g.append("text").attr("class", "axis-title").attr("y", -2).attr("dy", "-0.2em").text("andel rettidig");
  for (const s of series) {
    const pts = s.charts.rettidighed.flatMap((m) => {
      const r = shareOf(m);
      const ci = r === undefined ? null : shareInterval(r.met, r.met + r.late);
      return r === undefined || ci === null ? [] : [{ month: m.month, share: r.met / (r.met + r.late), lo: ci[0], hi: ci[1] }];
    });
    type P = (typeof pts)[number];
    const px = (p: P) => x(p.month) ?? 0;
    f.g.append("path").attr("class", "band").attr("fill", s.color).attr("d", d3.area<P>().x(px).y0((p) => y(p.lo)).y1((p) => y(p.hi))(pts));
    f.g.append("path").attr("class", "line").attr("data-points", pts.length).attr("stroke", s.color).attr("d", d3.line<P>().x(px).y((p) => y(p.share))(pts));
  }
};
