import { describe, expect, it } from "vitest";
import { kpiSentence, verdictOf } from "./kpiSentence";

const d = (mean: number, lo: number, hi: number, unit = "dage") => ({
  mean,
  ci95: [lo, hi] as const,
  unit,
  n: 20,
});

describe("kpiSentence", () => {
  it("claims a fall when the whole interval is below zero, magnitudes in ascending order", () => {
    expect(kpiSentence("waitRaskmeldingToVirksomhedsserviceDays", d(-9.2, -12.1, -6.3))).toBe(
      "Ventetiden fra raskmelding til virksomhedsservice falder med 9 dage (95 %-interval 6\u201312).",
    );
  });
  it("claims a rise in procentpoint for shares", () => {
    expect(kpiSentence("rettidighed", d(0.042, 0.011, 0.073, "andel"))).toBe(
      "Rettidigheden stiger med 4,2 procentpoint (95 %-interval 1,1\u20137,3).",
    );
  });
  it("claims no difference when the interval contains zero", () => {
    const s = kpiSentence("costPerCaseDkk", d(-300, -900, 250, "kr."));
    expect(s).toBe(
      "Omkostningen pr. sag: ingen sikker forskel (95 %-interval \u2212900\u2013250 kr.).",
    );
    expect(s).not.toMatch(/falder|stiger/);
  });
  it("says a difference cannot be computed without an interval", () => {
    expect(kpiSentence("handoffWaitDays", { mean: null, ci95: null, unit: "dage", n: 0 })).toMatch(
      /kan ikke beregnes/,
    );
    expect(kpiSentence("handoffWaitDays", undefined)).toMatch(/kan ikke beregnes/);
  });
  it("treats an interval touching zero as no difference", () => {
    expect(kpiSentence("spellDurationDays", d(-3, -6, 0))).toMatch(/ingen sikker forskel/);
  });
});

describe("verdictOf", () => {
  it("reads lower-is-better and higher-is-better KPIs the right way round", () => {
    expect(verdictOf("waitRaskmeldingToJobDays", d(-5, -8, -2))).toBe("better");
    expect(verdictOf("waitRaskmeldingToJobDays", d(5, 2, 8))).toBe("worse");
    expect(verdictOf("shareEndingInJob", d(0.05, 0.02, 0.08, "andel"))).toBe("better");
    expect(verdictOf("caseworkerUtilization", d(0.05, 0.02, 0.08, "andel"))).toBe("changed");
    expect(verdictOf("shareEndingInJob", d(0.01, -0.02, 0.04, "andel"))).toBe("none");
  });
});

describe("kpiSentence for identical runs", () => {
  it("says unchanged when variant and baseline agree in every replication", () => {
    expect(kpiSentence("samtalerPerMonth", d(0, 0, 0, "samtaler/md."))).toBe(
      "Antallet af opfølgningssamtaler pr. måned er uændret.",
    );
  });
});
