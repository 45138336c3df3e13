/**
 * The workshop's timeline of scheduled parameters (issue 17 acceptance): one track per parameter that changes over
 * the simulated calendar, on one shared time axis, with the warm-up shaded and the value written at every change.
 * Nothing is drawn for a scenario without schedules but a one-line note.
 */
import * as d3 from "d3";
import { formatMonth } from "../../lib/formatDa";
import { scenarioColor } from "../../lib/palette";
import { formatScheduled, scheduleTimeline, type TimelineRow } from "../../lib/scheduleTimeline";
import type { ModelParams } from "@sagsflow/simulator/model";
import { fromEpochDay } from "@sagsflow/domain";
import { el, labelledSvg } from "../chartFrame";

const WIDTH = 1000;
const MARGIN = { left: 16, right: 40, top: 8 };
const TRACK = 72;
const AXIS = 36;

const dateOf = (day: number): Date => new Date(`${fromEpochDay(day)}T00:00:00Z`);

const drawTrack = (
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  row: TimelineRow,
  x: d3.ScaleTime<number, number>,
): void => {
  g.append("text").attr("class", "timeline-label").attr("y", 14).text(row.label);
  const line = g.append("g").attr("transform", "translate(0,20)");
  const numeric = row.points.every((p) => typeof p.value === "number");
  if (!numeric) {
    // A rule regime: one labelled band per period.
    const pts = row.points;
    for (const [i, p] of pts.slice(0, -1).entries()) {
      const next = pts[i + 1] as (typeof pts)[number];
      const x0 = x(dateOf(p.day));
      const w = Math.max(0, x(dateOf(next.day)) - x0);
      line
        .append("rect")
        .attr("class", "timeline-band")
        .attr("x", x0)
        .attr("width", w)
        .attr("height", 22);
      line
        .append("text")
        .attr("class", "timeline-value")
        .attr("x", x0 + 4)
        .attr("y", 16)
        .text(formatScheduled(p.value, row.unit));
    }
    return;
  }
  const values = row.points.map((p) => p.value as number);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const y = d3
    .scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([44, 18]);
  const path = d3
    .line<(typeof row.points)[number]>()
    .x((p) => x(dateOf(p.day)))
    .y((p) => y(p.value as number))
    .curve(row.kind === "steps" ? d3.curveStepAfter : d3.curveLinear);
  line
    .append("path")
    .attr("class", `timeline-line timeline-${row.kind}`)
    .attr("d", path(row.points))
    .attr("fill", "none")
    .attr("stroke", scenarioColor(1))
    .attr("stroke-width", 2.5);
  // The value at every change (not at the window's end, where it only holds).
  for (const p of row.points.slice(0, -1)) {
    if (row.kind === "ramp" && p === row.points[0]) continue;
    line
      .append("text")
      .attr("class", "timeline-value")
      .attr("x", x(dateOf(p.day)) + 4)
      .attr("y", y(p.value as number) - 4)
      .text(formatScheduled(p.value, row.unit));
  }
};

export const scheduleTimelineChart = (host: HTMLElement, params: ModelParams): void => {
  host.replaceChildren();
  const t = scheduleTimeline(params);
  const box = el(host, "figure", undefined, "chart-box ws-timeline");
  el(box, "figcaption", "Parametre, der skifter over tid");
  if (t.rows.length === 0) {
    el(box, "p", "Ingen parametre skifter over tid i dette scenarie.", "empty");
    return;
  }
  const height = MARGIN.top + t.rows.length * TRACK + AXIS;
  const svg = labelledSvg(
    box,
    { width: WIDTH, height },
    `Tidslinje over ${t.rows.length} parametre, der skifter over tid: ${t.rows.map((r) => r.label).join("; ")}`,
  );
  const g = svg.append("g").attr("transform", `translate(${MARGIN.left},${MARGIN.top})`);
  const inner = WIDTH - MARGIN.left - MARGIN.right;
  const x = d3
    .scaleUtc()
    .domain([dateOf(t.warmupStart), dateOf(t.end)])
    .range([0, inner]);
  const bottom = t.rows.length * TRACK;
  g.append("rect")
    .attr("class", "timeline-warmup")
    .attr("width", x(dateOf(t.measureStart)))
    .attr("height", bottom);
  g.append("text")
    .attr("class", "timeline-note")
    .attr("x", 4)
    .attr("y", bottom - 4)
    .text("indsvingning");
  g.append("line")
    .attr("class", "timeline-start")
    .attr("x1", x(dateOf(t.measureStart)))
    .attr("x2", x(dateOf(t.measureStart)))
    .attr("y2", bottom);
  g.append("text")
    .attr("class", "timeline-note")
    .attr("x", x(dateOf(t.measureStart)) + 4)
    .attr("y", bottom - 4)
    .text("måling starter");
  for (const [i, row] of t.rows.entries()) {
    const track = g
      .append("g")
      .attr("class", "timeline-row")
      .attr("transform", `translate(0,${i * TRACK})`);
    track.attr("data-path-label", row.label);
    drawTrack(track, row, x);
  }
  g.append("g")
    .attr("transform", `translate(0,${bottom})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(8)
        .tickFormat((d) => formatMonth((d as Date).toISOString().slice(0, 7))),
    );
};
