/** Sagsforløb: swimlanes of individual sample cases, phases as bars and events as marks, one scenario at a time. */
import * as d3 from "d3";
import { eventLabel, type PhaseName } from "@sagsflow/domain";
import { formatDate } from "../lib/formatDa";
import { okabeIto } from "../lib/palette";
import { chartFrame, el, legend } from "./chartFrame";
import { labelOf, type View, waitingNote } from "./viewContext";

const phaseColors: Readonly<Record<PhaseName, string>> = {
  arbejdsgiverperiode: okabeIto.grey,
  akasseperiode: okabeIto.grey,
  karensperiode: okabeIto.grey,
  sygedagpenge: okabeIto.skyBlue,
  jobafklaring: okabeIto.orange,
  ledig: okabeIto.reddishPurple,
  job: okabeIto.bluishGreen,
};
let chosen = 0;

export const sagsforloebView: View = (root, ctx) => {
  const note = waitingNote(ctx);
  if (note !== undefined) return void el(root, "p", note, "muted");
  const label = el(root, "label", "Scenarie: ");
  const select = el(label, "select");
  for (const [i, c] of ctx.charts.entries())
    Object.assign(el(select, "option", labelOf(ctx, c.id)), {
      value: String(i),
      selected: i === chosen,
    });
  select.addEventListener("change", () => {
    chosen = Number(select.value);
    root.replaceChildren();
    sagsforloebView(root, ctx);
  });
  const charts = ctx.charts[chosen] ?? ctx.charts[0];
  if (charts === undefined) return;
  legend(
    root,
    Object.entries(phaseColors)
      .filter(([k]) => k !== "akasseperiode" && k !== "karensperiode")
      .map(([k, color]) => ({
        name: k === "arbejdsgiverperiode" ? "før kommunal ydelse" : k,
        color,
      })),
  );
  const lanes = charts.timelines;
  const box = el(root, "figure", undefined, "chart-box");
  el(box, "figcaption", `Udvalgte sager fra ${labelOf(ctx, charts.id)} (én pr. forløbstype først)`);
  const laneH = 34;
  const f = chartFrame(box, `Sagsforløb for ${lanes.length} sager`, lanes.length * laneH + 60);
  const days = lanes.flatMap((l) => [
    ...l.phases.flatMap((p) => [p.from, p.to]),
    ...l.marks.map((m) => m.day),
  ]);
  const x = d3
    .scaleLinear()
    .domain([d3.min(days) ?? 0, d3.max(days) ?? 1])
    .range([140, f.width]);
  f.g
    .append("g")
    .attr("transform", `translate(0,${lanes.length * laneH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(6)
        .tickFormat((d) => formatDate(Number(d))),
    );
  lanes.forEach((lane, i) => {
    const g = f.g
      .append("g")
      .attr("class", "lane")
      .attr("transform", `translate(0,${i * laneH})`);
    g.append("text")
      .attr("x", 0)
      .attr("y", laneH / 2)
      .attr("dy", "0.35em")
      .text(lane.caseId)
      .append("title")
      .text(lane.path);
    g.selectAll("rect")
      .data(lane.phases)
      .join("rect")
      .attr("x", (p) => x(p.from))
      .attr("width", (p) => Math.max(1, x(p.to) - x(p.from)))
      .attr("y", 6)
      .attr("height", laneH - 14)
      .attr("fill", (p) => phaseColors[p.phase])
      .append("title")
      .text((p) => `${p.phase}: ${formatDate(p.from)} – ${formatDate(p.to)}`);
    g.selectAll("circle")
      .data(lane.marks)
      .join("circle")
      .attr("class", "mark")
      .attr("cx", (m) => x(m.day))
      .attr("cy", laneH / 2 - 1)
      .attr("r", 3)
      .append("title")
      .text((m) => `${eventLabel(m.tag)}, ${formatDate(m.day)}`);
  });
};
