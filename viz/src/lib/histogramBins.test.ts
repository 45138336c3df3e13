import { describe, expect, it } from "vitest";
import { histogramBins, sharedEdges } from "./histogramBins";

describe("sharedEdges", () => {
  it("starts at 0, uses a round step and covers the largest value of every sample", () => {
    const edges = sharedEdges([[3, 47], [120]], 10);
    expect(edges[0]).toBe(0);
    expect(edges[1]).toBe(20);
    expect(edges[edges.length - 1]).toBeGreaterThan(120);
  });
});

describe("histogramBins", () => {
  it("counts values into half-open bins and gives shares that sum to 1", () => {
    const bins = histogramBins([0, 1, 9.9, 10, 15, 20], [0, 10, 20]);
    expect(bins.map((b) => b.count)).toEqual([3, 3]);
    expect(bins.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 12);
  });
  it("ignores values outside the edges", () => {
    expect(histogramBins([-1, 5, 99], [0, 10]).map((b) => b.count)).toEqual([1]);
  });
});
