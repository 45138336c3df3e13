import { describe, expect, it } from "vitest";
import fixture from "../fixtures/sensitivity.fixture.json";
import { readSensitivity, SensitivityUnreadable, tornadoLayout } from "./tornado";
import { toCsv } from "./toCsv";

describe("tornado", () => {
  const d = readSensitivity(fixture);
  it("reads the sensitivity report contract", () => {
    expect(d).not.toBeInstanceOf(SensitivityUnreadable);
    expect(readSensitivity({ scenario: "x", kpi: "y", oneAtATime: "no" })).toEqual(
      new SensitivityUnreadable("oneAtATime"),
    );
  });
  it("orders bars by swing, leaves out rows without both ends, and spans 0, the base and every bar", () => {
    if (d instanceof SensitivityUnreadable) throw new Error(d.message);
    const { bars, domain } = tornadoLayout(d);
    expect(bars.map((b) => b.parameter)).toEqual([
      "rekruttering.perWeek",
      "population.dismissalShare",
    ]);
    expect(bars[0]?.swing).toBeCloseTo(30);
    expect(domain).toEqual([-60, 0]);
  });
});

describe("toCsv", () => {
  it("quotes cells with commas, quotes and line breaks, and leaves null empty", () => {
    expect(toCsv([{ a: 'x;"y"', b: null, c: 1.5 }])).toBe('\uFEFFa;b;c\r\n"x;""y""";;1,5\r\n');
    expect(toCsv([])).toBe("");
  });
});
