/**
 * Lever sweep (issue 23 §3): one lever over its range against one KPI, mean and 95 % band per setting ("hvor mange
 * uger før raskmelding er nok?"). Small sweeps run in the browser's what-if workers, one setting after the other,
 * with the workshop's scenario, seed, cases and replications (paired: every setting uses the same replication seeds).
 */
import { type KpiId, type KpiSummaries, kpiCatalog, kpiIds } from "@sagsflow/simulator/model";
import * as d3 from "d3";
import type { WhatIfPool } from "../app/whatIfPool";
import { formatBare, formatNumber, isShareUnit, tickDigits } from "../lib/formatDa";
import { scenarioColor } from "../lib/palette";
import type { LeverOverrides } from "../workshop/leverSettings";
import { leverSpecs } from "../workshop/leverSpecs";
import type { SavedText } from "../worker/workshopProtocol";
import { axes, chartFrame, el } from "./chartFrame";
import { addExportTools, setChartData } from "./exportTools";

export interface SweepInput {
  readonly pool: WhatIfPool;
  readonly scenario: string;
  readonly saved: SavedText | null;
  readonly overrides: LeverOverrides;
  readonly run: { seed: number; cases: number; replications: number };
}

const POINTS = 6;

const pointsOf = (min: number, max: number, step: number): number[] => {
  const raw = d3.range(POINTS).map((i) => min + ((max - min) * i) / (POINTS - 1));
  return [...new Set(raw.map((v) => Math.round(v / step) * step))];
};

type Point = { value: number; kpis: KpiSummaries };

const draw = (
  host: HTMLElement,
  label: string,
  unit: string,
  kpi: KpiId,
  pts: ReadonlyArray<Point>,
) => {
  host.replaceChildren();
  const box = el(host, "figure", undefined, "chart-box sweep");
  const k = kpiCatalog[kpi];
  el(box, "figcaption", `${k.label} mod ${label.toLowerCase()}`);
  const f = chartFrame(box, `${k.label} for hver indstilling af ${label}, med 95 %-interval`);
  const ok = pts.filter((p) => p.kpis[kpi]?.mean != null);
  const values = ok.flatMap((p) => [
    p.kpis[kpi]?.ci95?.[0],
    p.kpis[kpi]?.ci95?.[1],
    p.kpis[kpi]?.mean,
  ]);
  const nums = values.filter((v): v is number => typeof v === "number");
  const x = d3
    .scaleLinear()
    .domain(d3.extent(pts, (p) => p.value) as [number, number])
    .range([0, f.width]);
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, d3.min(nums) ?? 0), d3.max(nums) ?? 1])
    .range([f.height, 0])
    .nice();
  const yDigits = tickDigits(y.ticks(6).map((t) => (isShareUnit(k.unit) ? t * 100 : t)));
  axes(f, x, y, { x: `${label} (${unit})`, y: isShareUnit(k.unit) ? "%" : k.unit }, (v) =>
    isShareUnit(k.unit) ? formatNumber(v * 100, yDigits) : formatNumber(v, yDigits),
  );
  const band = ok.filter((p) => p.kpis[kpi]?.ci95 != null);
  f.g
    .append("path")
    .attr("class", "band")
    .attr("fill", scenarioColor(1))
    .attr(
      "d",
      d3
        .area<Point>()
        .x((p) => x(p.value))
        .y0((p) => y(p.kpis[kpi]?.ci95?.[0] ?? 0))
        .y1((p) => y(p.kpis[kpi]?.ci95?.[1] ?? 0))(band),
    );
  f.g
    .append("path")
    .attr("class", "line sweep-line")
    .attr("stroke", scenarioColor(1))
    .attr(
      "d",
      d3
        .line<Point>()
        .x((p) => x(p.value))
        .y((p) => y(p.kpis[kpi]?.mean ?? 0))(ok),
    );
  f.g
    .selectAll("circle.sweep-point")
    .data(ok)
    .join("circle")
    .attr("class", "sweep-point")
    .attr("r", 4)
    .attr("cx", (p) => x(p.value))
    .attr("cy", (p) => y(p.kpis[kpi]?.mean ?? 0))
    .attr("fill", scenarioColor(1))
    .append("title")
    .text(
      (p) =>
        `${formatNumber(p.value)} ${unit}: ${formatBare(p.kpis[kpi]?.mean ?? 0, k.unit)} ${isShareUnit(k.unit) ? "%" : k.unit}`,
    );
  setChartData(box, () =>
    pts.map((p) => ({
      [`${label} (${unit})`]: p.value,
      Nøgletal: k.label,
      Middelværdi: p.kpis[kpi]?.mean ?? null,
      "95 %-interval, nedre": p.kpis[kpi]?.ci95?.[0] ?? null,
      "95 %-interval, øvre": p.kpis[kpi]?.ci95?.[1] ?? null,
    })),
  );
  addExportTools(host);
};

/** The sweep panel: lever, KPI and a start button; the chart fills in as each setting finishes. */
export const leverSweep = (root: HTMLElement, input: () => SweepInput): void => {
  const box = el(root, "section", undefined, "sweep-panel no-print");
  el(box, "h3", "Gennemløb af et håndtag");
  const form = el(box, "div", undefined, "controls");
  const leverLabel = el(form, "label", "Håndtag: ");
  const lever = el(leverLabel, "select");
  lever.id = "sweep-lever";
  for (const s of leverSpecs.filter((s) => s.kind !== "choice"))
    Object.assign(el(lever, "option", s.label), { value: s.path });
  const kpiLabel = el(form, "label", "Nøgletal: ");
  const kpiSelect = el(kpiLabel, "select");
  kpiSelect.id = "sweep-kpi";
  for (const id of kpiIds)
    Object.assign(el(kpiSelect, "option", kpiCatalog[id].label), { value: id });
  kpiSelect.value = "waitRaskmeldingToJobDays";
  const start = el(form, "button", "Kør gennemløb");
  start.type = "button";
  const status = el(box, "p", "", "status");
  status.setAttribute("role", "status");
  const chart = el(box, "div", undefined, "sweep-chart");
  let generation = 0;
  start.addEventListener("click", () => {
    const mine = ++generation;
    const spec = leverSpecs.find((s) => s.path === lever.value);
    if (spec === undefined) return;
    const kpi = kpiSelect.value as KpiId;
    const inp = input();
    const values = pointsOf(spec.min, spec.max, spec.step);
    const done: Point[] = [];
    const next = (i: number): void => {
      if (mine !== generation) return;
      if (i >= values.length) {
        status.textContent = `Færdigt: ${values.length} indstillinger à ${inp.run.replications} replikationer.`;
        box.dataset.state = "done";
        return;
      }
      status.textContent = `Kører indstilling ${i + 1} af ${values.length} …`;
      const value = values[i] as number;
      inp.pool.run(
        {
          scenario: inp.scenario,
          saved: inp.saved,
          overrides: { ...inp.overrides, [spec.path]: value },
          ...inp.run,
        },
        "sweep",
        (u) => {
          if (mine !== generation || u.done !== u.total) return;
          done.push({ value, kpis: u.kpis });
          draw(chart, spec.label, spec.unit, kpi, done);
          next(i + 1);
        },
        (message) => {
          status.textContent = message;
          box.dataset.state = "error";
        },
      );
    };
    box.dataset.state = "running";
    next(0);
  });
};
