// The verdict column: a direction only when the 95% interval of the difference excludes 0.
import { describe, expect, it } from "vitest";
import { verdict } from "./formatCompareTable";

const d = (lo: number, hi: number) => ({
  mean: (lo + hi) / 2,
  ci95: [lo, hi] as const,
  unit: "dage",
  n: 5,
});

describe("verdict", () => {
  it("calls a significant drop of a lower-is-better KPI better", () => {
    expect(verdict(d(-5, -1), "lower")).toBe("bedre");
  });
  it("calls a significant drop of a higher-is-better KPI worse", () => {
    expect(verdict(d(-5, -1), "higher")).toBe("værre");
  });
  it("gives no direction when the interval spans 0", () => {
    expect(verdict(d(-1, 2), "lower")).toBe("ingen sikker forskel");
  });
  it("says only higher or lower for neutral KPIs", () => {
    expect(verdict(d(1, 2), "neutral")).toBe("højere");
  });
  it("is empty without an interval", () => {
    expect(verdict({ mean: null, ci95: null, unit: "dage", n: 0 }, "lower")).toBe("");
  });
});
