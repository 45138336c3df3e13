/**
 * Export for every chart (issue 12 §5): SVG and PNG of each `figure.chart-box`, CSV where the view registered the
 * chart's data, and a print button (the browser's print to PDF, styled by `@media print`).
 */
import { type CsvRow, toCsv } from "../workshop/toCsv";
import { slugOf } from "../workshop/leverSettings";
import { el } from "./chartFrame";

const chartData = new WeakMap<Element, () => ReadonlyArray<CsvRow>>();

/** Registers the rows behind a chart so its figure gets a CSV button. */
export const setChartData = (figure: Element, rows: () => ReadonlyArray<CsvRow>): void => {
  chartData.set(figure, rows);
};

const download = (blob: Blob, file: string): void => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
};

// Styles come from the stylesheet; a standalone SVG file needs them on the elements.
const STYLE_PROPS = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "opacity",
  "font-size",
  "font-family",
  "font-weight",
];

/** The chart as a standalone SVG text with computed styles inlined. */
export const standaloneSvg = (svg: SVGSVGElement): string => {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll("*")];
  const dst = [copy, ...copy.querySelectorAll("*")];
  src.forEach((node, i) => {
    const cs = getComputedStyle(node);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";");
    dst[i]?.setAttribute("style", style);
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const [, , w, h] = (svg.getAttribute("viewBox") ?? "0 0 800 400").split(" ");
  copy.setAttribute("width", w ?? "800");
  copy.setAttribute("height", h ?? "400");
  return new XMLSerializer().serializeToString(copy);
};

/** What every exported picture says about its run (set by the view: scenarios, seed, replications). */
let exportSettings = "";
export const setExportSettings = (text: string): void => {
  exportSettings = text;
};

const SCALE = 2;
const PAD = 16;

/**
 * The chart as a PNG that stands on its own in a report: white background, the figure's caption as title, its legend,
 * and the run's settings and the export date underneath. Twice the viewBox size, sharp on a projector.
 */
const savePng = (figure: HTMLElement, svg: SVGSVGElement, file: string): void => {
  const title = figure.querySelector("figcaption")?.textContent ?? "";
  const legend = [...figure.querySelectorAll<HTMLElement>(".legend li")].map((li) => ({
    name: li.textContent ?? "",
    color: (li.querySelector(".swatch") as HTMLElement | null)?.style.background ?? "#000",
  }));
  const date = new Intl.DateTimeFormat("da-DK", { dateStyle: "long" }).format(new Date());
  const footer = [exportSettings, `eksporteret ${date}`].filter((x) => x !== "").join(" · ");
  const img = new Image();
  img.onload = () => {
    const head = 34 + (legend.length > 0 ? 24 : 0);
    const canvas = document.createElement("canvas");
    canvas.width = (img.width + 2 * PAD) * SCALE;
    canvas.height = (img.height + head + 28 + PAD) * SCALE;
    const g = canvas.getContext("2d") as CanvasRenderingContext2D;
    g.scale(SCALE, SCALE);
    g.fillStyle = "#fff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = "#111";
    g.font = "bold 16px system-ui, sans-serif";
    g.fillText(title, PAD, 24);
    g.font = "13px system-ui, sans-serif";
    let x = PAD;
    for (const l of legend) {
      g.fillStyle = l.color;
      g.fillRect(x, 38, 12, 12);
      g.fillStyle = "#111";
      g.fillText(l.name, x + 16, 49);
      x += 28 + g.measureText(l.name).width;
    }
    g.drawImage(img, PAD, head, img.width, img.height);
    g.fillStyle = "#555";
    g.font = "12px system-ui, sans-serif";
    g.fillText(footer, PAD, head + img.height + 20);
    canvas.toBlob((b) => b !== null && download(b, file), "image/png");
  };
  img.src = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }));
};

const toolbar = (figure: HTMLElement): void => {
  const svg = figure.querySelector("svg");
  const rows = chartData.get(figure);
  // A table figure (no SVG) still gets its CSV.
  if ((svg === null && rows === undefined) || figure.querySelector(":scope > .export") !== null)
    return;
  const name = slugOf(figure.querySelector("figcaption")?.textContent ?? "figur") || "figur";
  const bar = el(figure, "div", undefined, "export");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Eksport");
  const button = (text: string, act: () => void) => {
    const b = el(bar, "button", text, "small");
    b.type = "button";
    b.addEventListener("click", act);
  };
  if (svg !== null) {
    button("SVG", () =>
      download(new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }), `${name}.svg`),
    );
    button("PNG", () => savePng(figure, svg, `${name}.png`));
  }
  if (rows !== undefined)
    button("CSV", () =>
      download(new Blob([toCsv(rows())], { type: "text/csv;charset=utf-8" }), `${name}.csv`),
    );
};

/** Adds the export buttons to every chart under `root` that has none yet. */
export const addExportTools = (root: HTMLElement): void => {
  for (const f of root.querySelectorAll<HTMLElement>("figure.chart-box")) toolbar(f);
};

/** "Udskriv rapport": the page as a print-friendly report (navigation and controls hidden by `@media print`). */
export const printButton = (parent: HTMLElement): HTMLButtonElement => {
  const b = el(parent, "button", "Udskriv rapport", "print-button");
  b.type = "button";
  b.addEventListener("click", () => window.print());
  return b;
};
