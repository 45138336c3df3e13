/**
 * The axis of every difference chart: symmetric around 0 (a domain from `differenceDomain` or the like), at most
 * four nice intervals with one precision for all ticks (no "0,0 0,0 0,1"), 14 px labels, and the zero line.
 */
import * as d3 from "d3";
import { formatNumber, tickDigits } from "../lib/formatDa";

export const differenceAxis = (
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  o: {
    readonly domain: readonly [number, number];
    readonly range: readonly [number, number];
    /** y of the axis line; the zero line runs from 0 down to it. */
    readonly bottom: number;
    /** 100 for shares shown in procentpoint, else 1. */
    readonly scale: number;
  },
): d3.ScaleLinear<number, number> => {
  const x = d3
    .scaleLinear()
    .domain([o.domain[0], o.domain[1]])
    .range([o.range[0], o.range[1]])
    .nice(4);
  const ticks = x.ticks(4);
  const digits = tickDigits(ticks.map((t) => t * o.scale));
  svg
    .append("g")
    .attr("transform", `translate(0,${o.bottom + 2})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(ticks)
        .tickFormat((v) => formatNumber(Number(v) * o.scale, digits)),
    )
    .attr("font-size", 14);
  svg
    .append("line")
    .attr("class", "zero")
    .attr("x1", x(0))
    .attr("x2", x(0))
    .attr("y1", 0)
    .attr("y2", o.bottom);
  return x;
};
