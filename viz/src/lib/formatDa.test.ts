import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatRange,
  formatValue,
  tickDigits,
} from "./formatDa";

describe("formatNumber", () => {
  it("uses a decimal comma, dot thousands and a true minus sign", () => {
    expect(formatNumber(-1234.5, 1)).toBe("\u22121.234,5");
    expect(formatNumber(1234567, 0)).toBe("1.234.567");
  });
  it("drops the sign of a value that rounds to zero", () => {
    expect(formatNumber(-0.0001, 1)).toBe("0,0");
  });
  it("picks fewer decimals for larger magnitudes", () => {
    expect(formatNumber(3.14259)).toBe("3,14");
    expect(formatNumber(31.4259)).toBe("31,4");
    expect(formatNumber(314.259)).toBe("314");
  });
});

describe("formatValue", () => {
  it("shows shares as percent with a space before the sign", () => {
    expect(formatValue(0.8734, "andel")).toBe("87,3 %");
  });
  it("keeps the unit word for other units", () => {
    expect(formatValue(12.44, "dage")).toBe("12,4 dage");
    expect(formatValue(45210, "kr.")).toBe("45.210 kr.");
  });
});

describe("formatRange", () => {
  it("joins both ends with an en dash at one shared precision", () => {
    expect(formatRange(6.04, 12.2, "dage")).toBe("6,0\u201312,2");
    expect(formatRange(0.61, 0.72, "andel")).toBe("61,0\u201372,0");
  });
});

describe("dates", () => {
  it("formats ISO dates and epoch days the Danish way", () => {
    expect(formatDate("2025-02-03")).toBe("3. februar 2025");
    expect(formatDate(0)).toBe("1. januar 1970");
  });
  it("formats month keys", () => {
    expect(formatMonth("2025-12")).toBe("dec. 2025");
  });
});

describe("tickDigits", () => {
  it("gives one precision per axis from the tick step", () => {
    expect(tickDigits([0, 20, 40])).toBe(0);
    expect(tickDigits([0, 0.5, 1])).toBe(1);
    expect(tickDigits([0, 0.05, 0.1])).toBe(2);
  });
});
