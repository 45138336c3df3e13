/** Shared SVG scaffolding for the views: a responsive frame, da-DK axes, a legend and an empty-data note. */
import * as d3 from "d3";
import { formatMonth, formatNumber, tickDigits } from "../lib/formatDa";

export interface Frame {
  readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  readonly g: d3.Selection<SVGGElement, unknown, null, undefined>;
  readonly width: number;
  readonly height: number;
}

const margin = { top: 12, right: 16, bottom: 40, left: 56 };

/** An SVG of a fixed drawing size (viewBox scales it on a projector), read by screen readers as one labelled image. */
export const labelledSvg = (
  parent: Element,
  size: { readonly width: number; readonly height: number },
  label: string,
  className = "chart",
): Frame["svg"] =>
  d3
    .select(parent)
    .append("svg")
    .attr("class", className)
    .attr("viewBox", `0 0 ${size.width} ${size.height}`)
    .attr("role", "img")
    .attr("aria-label", label);

/** An SVG sized to its container (viewBox scales it on a projector), with a label for screen readers. */
export const chartFrame = (parent: HTMLElement, label: string, height = 300): Frame => {
  const outerWidth = Math.max(320, Math.min(parent.clientWidth || 640, 1200));
  const svg = labelledSvg(parent, { width: outerWidth, height }, label);
  const g = svg.append("g").attr("transform", `translate(${margin.left},${margin.top})`);
  return {
    svg,
    g,
    width: outerWidth - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
};

/** Bottom and left axes with Danish number formatting and axis titles. */
export const axes = (
  f: Frame,
  x: d3.ScaleLinear<number, number>,
  y: d3.ScaleLinear<number, number>,
  titles: { x: string; y: string },
  yFormat: (v: number) => string = (v) => formatNumber(v, tickDigits(y.ticks(6))),
): void => {
  const xDigits = tickDigits(x.ticks(8));
  f.g
    .append("g")
    .attr("transform", `translate(0,${f.height})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(8)
        .tickFormat((v) => formatNumber(Number(v), xDigits)),
    );
  f.g.append("g").call(
    d3
      .axisLeft(y)
      .ticks(6)
      .tickFormat((v) => yFormat(Number(v))),
  );
  f.g
    .append("text")
    .attr("class", "axis-title")
    .attr("x", f.width)
    .attr("y", f.height + 34)
    .attr("text-anchor", "end")
    .text(titles.x);
  f.g
    .append("text")
    .attr("class", "axis-title")
    .attr("x", 0)
    .attr("y", -2)
    .attr("dy", "-0.2em")
    .text(titles.y);
};

/** A legend as an HTML list (keyboard and screen-reader friendly, wraps on narrow screens). */
export const legend = (
  parent: HTMLElement,
  items: ReadonlyArray<{ name: string; color: string }>,
): void => {
  const ul = document.createElement("ul");
  ul.className = "legend";
  for (const it of items) {
    const li = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = it.color;
    li.append(swatch, it.name);
    ul.append(li);
  }
  parent.append(ul);
};

/** Appends an element with text; the views' one DOM helper. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className !== undefined) e.className = className;
  parent.append(e);
  return e;
};

/** A month axis (point scale over "YYYY-MM" keys, at most `maxTicks` labels) and a y axis; returns the x scale. */
export const monthAxes = (
  f: Frame,
  months: ReadonlyArray<string>,
  y: d3.ScaleLinear<number, number>,
  maxTicks: number,
  yFormat: (v: number) => string,
): d3.ScalePoint<string> => {
  const x = d3.scalePoint<string>().domain(months).range([0, f.width]).padding(0.3);
  const every = Math.ceil(months.length / maxTicks);
  const shown = months.filter((_, i) => i % every === 0);
  f.g
    .append("g")
    .attr("transform", `translate(0,${f.height})`)
    .call(d3.axisBottom(x).tickValues(shown).tickFormat(formatMonth));
  f.g.append("g").call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => yFormat(Number(v))),
  );
  return x;
};

/** A monthly series as a line (`path.line`, `data-points` = number of months drawn, for tests). */
export const monthLine = <P extends { readonly month: string }>(
  f: Frame,
  x: d3.ScalePoint<string>,
  y: (p: P) => number,
  pts: ReadonlyArray<P>,
  color: string,
): void => {
  const line = d3
    .line<P>()
    .x((p) => x(p.month) ?? 0)
    .y(y);
  f.g
    .append("path")
    .attr("class", "line")
    .attr("data-points", pts.length)
    .attr("stroke", color)
    .attr("d", line(pts));
};
