import { kpiIds, type KpiSummaries } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { previewEstimate } from "./previewEstimate";

const summaries = (mean: number | null, unit: string): KpiSummaries =>
  Object.fromEntries(
    kpiIds.map((id) => [
      id,
      { mean, ci95: mean === null ? null : [mean - 1, mean + 1], unit, n: 10 },
    ]),
  ) as unknown as KpiSummaries;

describe("previewEstimate", () => {
  it("adds the small run's paired difference to the udgangspunkt's level, without an interval", () => {
    const e = previewEstimate(summaries(150, "dage"), { ...summaries(-6.5, "dage") });
    const k = e[kpiIds[0] as (typeof kpiIds)[number]];
    expect(k.mean).toBe(143.5);
    expect(k.ci95).toBeNull();
  });

  it("keeps a share inside 0-100 % and days at or above 0", () => {
    expect(
      previewEstimate(summaries(0.98, "andel"), summaries(0.05, "andel"))[
        kpiIds[0] as (typeof kpiIds)[number]
      ].mean,
    ).toBe(1);
    expect(
      previewEstimate(summaries(3, "dage"), summaries(-5, "dage"))[
        kpiIds[0] as (typeof kpiIds)[number]
      ].mean,
    ).toBe(0);
  });

  it("has no value where either side has none", () => {
    expect(
      previewEstimate(summaries(null, "dage"), summaries(2, "dage"))[
        kpiIds[0] as (typeof kpiIds)[number]
      ].mean,
    ).toBeNull();
    expect(
      previewEstimate(summaries(2, "dage"), summaries(null, "dage"))[
        kpiIds[0] as (typeof kpiIds)[number]
      ].mean,
    ).toBeNull();
  });
});
