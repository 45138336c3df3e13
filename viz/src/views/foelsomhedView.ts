/**
 * Følsomhed (issue 12 §4): a tornado chart of the variant-minus-baseline difference as each estimate moves over its
 * range, and the share of Latin-hypercube samples in which the conclusion (the sign of the difference) holds.
 */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import * as d3 from "d3";
import { getJson } from "../charts/apiClient";
import { differenceUnit, formatBare, formatNumber, formatValue } from "../lib/formatDa";
import { okabeIto } from "../lib/palette";
import { parseRoute } from "../lib/route";
import { paramLabel } from "../lib/paramLabels";
import {
  readSensitivity,
  type SensitivityData,
  SensitivityUnreadable,
  tornadoLayout,
} from "../workshop/tornado";
import { el, legend, labelledSvg } from "./chartFrame";
import { addExportTools, setChartData } from "./exportTools";
import type { View } from "./viewContext";

/** Rows drawn in the tornado (widest swings first); the CSV holds every row. */
export const TORNADO_ROWS = 15;

let data: SensitivityData | undefined;
let problem = "";
let loadedId: string | undefined;

const kpiLabel = (kpi: string) =>
  (kpiCatalog as Record<string, { label: string; unit: string }>)[kpi];

/** "Konklusionen holder i 83 % af 12 stikprøver": the sign of the base difference, kept across the samples. */
export const conclusionText = (d: SensitivityData): string => {
  const k = kpiLabel(d.kpi);
  const unit = differenceUnit(k?.unit ?? "");
  const base = d.base?.mean;
  const head =
    base == null
      ? `Forskellen i ${k?.label.toLowerCase() ?? d.kpi} kunne ikke beregnes ved scenariets egne værdier.`
      : `Varianten ændrer ${k?.label.toLowerCase() ?? d.kpi} med ${formatBare(base, k?.unit ?? "")} ${unit} mod basis.`;
  return `${head} Konklusionen (forskellens fortegn) holder i ${formatValue(d.lhs.signStableShare, "andel")} af ${formatNumber(d.lhs.samples, 0)} stikprøver, hvor alle skøn varieres samtidig.`;
};

const tornado = (root: HTMLElement, d: SensitivityData): void => {
  const { bars: all, domain } = tornadoLayout(d);
  // A projector shows about fifteen readable rows; the rest have the smallest swings and stay in the CSV.
  const bars = all.slice(0, TORNADO_ROWS);
  const box = el(root, "figure", undefined, "chart-box tornado");
  el(box, "figcaption", `Tornado: ${kpiLabel(d.kpi)?.label ?? d.kpi}, forskel variant − basis`);
  const rowH = 26;
  const width = 900;
  const left = 330;
  const height = bars.length * rowH + 40;
  const unit = kpiLabel(d.kpi)?.unit ?? "";
  const x = d3
    .scaleLinear()
    .domain(domain)
    .range([left, width - 20])
    .nice();
  const svg = labelledSvg(box, { width, height }, `Tornadodiagram over ${bars.length} skøn`);
  const base = d.base?.mean ?? 0;
  bars.forEach((b, i) => {
    const y = i * rowH + 4;
    const g = svg.append("g").attr("class", "tornado-row").attr("data-parameter", b.parameter);
    g.append("text")
      .attr("x", left - 8)
      .attr("y", y + rowH / 2)
      .attr("text-anchor", "end")
      .attr("class", "bar-label")
      .text(`${paramLabel(b.parameter)} (${formatNumber(b.low)}–${formatNumber(b.high)})`);
    for (const [v, color] of [
      [b.atLow, okabeIto.blue],
      [b.atHigh, okabeIto.orange],
    ] as const)
      g.append("rect")
        .attr("class", "tornado-bar")
        .attr("x", Math.min(x(base), x(v)))
        .attr("y", y + 3)
        .attr("width", Math.max(1, Math.abs(x(v) - x(base))))
        .attr("height", rowH - 8)
        .attr("fill", color);
  });
  svg
    .append("line")
    .attr("class", "zero")
    .attr("x1", x(base))
    .attr("x2", x(base))
    .attr("y1", 0)
    .attr("y2", height - 30);
  svg
    .append("g")
    .attr("transform", `translate(0,${bars.length * rowH + 8})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(6)
        .tickFormat((v) => formatBare(Number(v), unit)),
    );
  legend(box, [
    { name: "skønnets lave værdi", color: okabeIto.blue },
    { name: "skønnets høje værdi", color: okabeIto.orange },
    { name: "lodret streg: forskellen ved scenariets egne værdier", color: "#000" },
  ]);
  if (all.length > bars.length)
    el(
      box,
      "p",
      `De ${bars.length} skøn med størst udsving af ${all.length} vises; CSV-filen har dem alle.`,
      "muted",
    );
  setChartData(box, () =>
    all.map((b) => ({
      Skøn: paramLabel(b.parameter),
      "Lav værdi": b.low,
      "Høj værdi": b.high,
      "Forskel ved lav værdi": b.atLow,
      "Forskel ved høj værdi": b.atHigh,
      Udsving: b.swing,
    })),
  );
};

const show = (u: unknown): void => {
  const r = readSensitivity(u);
  if (r instanceof SensitivityUnreadable) problem = r.message;
  else [data, problem] = [r, ""];
};

const loader = (root: HTMLElement, redraw: () => void): void => {
  const label = el(root, "label", "Indlæs JSON fra sagsflow sensitivity --json: ", "no-print");
  const input = Object.assign(document.createElement("input"), {
    type: "file",
    accept: ".json,application/json",
    id: "sensitivity-file",
  });
  label.append(input);
  input.addEventListener("change", async () => {
    const text = await input.files?.[0]?.text();
    if (text === undefined) return;
    try {
      show(JSON.parse(text));
    } catch (e) {
      problem = `Filen er ikke JSON: ${(e as Error).message}`;
    }
    redraw();
  });
};

/** Polls `GET /api/sensitivity/<id>` until the analysis has finished, redrawing with its progress meanwhile. */
const fetchAnalysis = async (id: string, redraw: () => void): Promise<void> => {
  for (;;) {
    const r = (await getJson(`/api/sensitivity/${encodeURIComponent(id)}`).catch((e: Error) => ({
      status: "failed",
      reason: e.message,
    }))) as { status?: string; reason?: string; progress?: { done: number; total: number } };
    if (loadedId !== id) return;
    if (r.status === "running" || r.status === "queued") {
      problem = `Analysen kører … ${r.progress ? `${r.progress.done} af ${r.progress.total} replikationer` : ""}`;
      redraw();
      await new Promise((ok) => setTimeout(ok, 700));
      continue;
    }
    if (r.status === "completed") show(r);
    else
      problem = `Analysen endte med status ${r.status ?? "ukendt"}${r.reason ? `: ${r.reason}` : ""}`;
    return redraw();
  }
};

/** `#/foelsomhed/<id>` reads `GET /api/sensitivity/<id>`; without an id a file from the CLI can be loaded. */
export const foelsomhedView: View = (root) => {
  const section = el(root, "section", undefined, "foelsomhed");
  const redraw = () => {
    section.replaceChildren();
    draw(section);
  };
  const id = parseRoute(location.hash).comparisonId;
  if (id !== undefined && id !== loadedId) {
    loadedId = id;
    void fetchAnalysis(id, redraw);
  }
  const draw = (s: HTMLElement) => {
    s.dataset.ready = String(data !== undefined);
    loader(s, redraw);
    if (problem !== "") el(s, "p", problem, "problem");
    if (data === undefined)
      return void el(s, "p", "Ingen følsomhedsanalyse indlæst endnu.", "muted");
    el(
      s,
      "p",
      `Scenarie ${data.scenario}, frø ${data.seed}, nøgletal ${kpiLabel(data.kpi)?.label ?? (data.kpi as KpiId)}.`,
      "muted",
    );
    el(s, "p", conclusionText(data), "conclusion sentence");
    tornado(s, data);
    addExportTools(s);
  };
  draw(section);
};
