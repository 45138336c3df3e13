// Danish number formatting: decimal comma, thousands dot, shares as percent, signed differences.
import { describe, expect, it } from "vitest";
import { formatInterval, formatQuantity, NO_VALUE } from "./formatDanish";

describe("formatQuantity", () => {
  it("writes days with one decimal and a decimal comma", () => {
    expect(formatQuantity(60.94, "dage")).toBe("60,9 dage");
  });
  it("writes shares as percent", () => {
    expect(formatQuantity(0.8534, "andel")).toBe("85,3 %");
  });
  it("writes kroner whole with a thousands separator", () => {
    expect(formatQuantity(80456.7, "kr.")).toBe("80.457 kr.");
  });
  it("signs differences and writes share differences in percentage points", () => {
    expect(formatQuantity(0.012, "andel", true)).toBe("+1,2 %-point");
    expect(formatQuantity(-3.44, "dage", true)).toBe("-3,4 dage");
  });
  it("shows a missing value as a dash", () => {
    expect(formatQuantity(null, "dage")).toBe(NO_VALUE);
  });
});

describe("formatInterval", () => {
  it("joins positive bounds with an en dash", () => {
    expect(formatInterval([59.81, 62.04], "dage")).toBe("59,8–62,0");
  });
  it("uses 'til' when a bound has a sign", () => {
    expect(formatInterval([-88.9, -59.7], "dage", true)).toBe("-88,9 til -59,7");
  });
  it("shows a missing interval as a dash", () => {
    expect(formatInterval(null, "dage")).toBe(NO_VALUE);
  });
});
