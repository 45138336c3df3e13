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

const savePng = (svg: SVGSVGElement, file: string): void => {
  const text = standaloneSvg(svg);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    // Twice the viewBox size: sharp on a projector and in a report.
    canvas.width = img.width * 2;
    canvas.height = img.height * 2;
    const g = canvas.getContext("2d") as CanvasRenderingContext2D;
    g.fillStyle = "#fff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((b) => b !== null && download(b, file), "image/png");
  };
  img.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
};

const toolbar = (figure: HTMLElement): void => {
  const svg = figure.querySelector("svg");
  if (svg === null || figure.querySelector(":scope > .export") !== null) return;
  const name = slugOf(figure.querySelector("figcaption")?.textContent ?? "figur") || "figur";
  const bar = el(figure, "div", undefined, "export");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Eksport");
  const button = (text: string, act: () => void) => {
    const b = el(bar, "button", text, "small");
    b.type = "button";
    b.addEventListener("click", act);
  };
  button("SVG", () =>
    download(new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }), `${name}.svg`),
  );
  button("PNG", () => savePng(svg, `${name}.png`));
  const rows = chartData.get(figure);
  if (rows !== undefined)
    button("CSV", () => download(new Blob([toCsv(rows())], { type: "text/csv" }), `${name}.csv`));
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
