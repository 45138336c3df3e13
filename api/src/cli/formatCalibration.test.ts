// The History II human output: fitted values in Danish, counterfactual rows with signed differences and intervals,
// and service option names shown as the flags the user typed.
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { OptionInvalid } from "../application";
import { CalibrationRangeInvalid, type CounterfactualReport } from "../calibration";
import { asFlagError } from "./asFlagError";
import { showFitted } from "./formatCalibration";
import { formatCounterfactual } from "./formatCounterfactual";
import { formatValidation } from "./formatValidation";

const metric = (
  difference: number,
  ci95: [number, number],
  unpaired = { stillOpen: 0, notApplicable: 0 },
) => ({
  history: 80,
  baseline: 50,
  variant: 50 + difference,
  difference,
  ci95,
  pairedCases: 12,
  unpaired,
});

const report: CounterfactualReport & { baseline: string; variant: string } = {
  schemaVersion: 1,
  from: "2022-01-01",
  to: "2022-03-31",
  replications: 2,
  baseline: "baseline",
  variant: "vs-foer-raskmelding",
  aggregate: {
    raskmeldingToJobDays: metric(-35.1, [-42.1, -28.2], { stillOpen: 2, notApplicable: 5 }),
    sygemeldingToEndDays: metric(-10.7, [-13.5, -7.9]),
    weeksOnYdelse: metric(-1.5, [-1.9, -1.1]),
    endsInJob: { ...metric(0, [0, 0]), history: 0.3, baseline: 0.3, variant: 0.3 },
  },
  cases: [
    { caseId: "S-1", differences: { raskmeldingToJobDays: -3 } },
    { caseId: "S-2", differences: { raskmeldingToJobDays: -40, endsInJob: 0 } },
  ],
};

describe("showFitted", () => {
  it("writes numbers with a decimal comma, ranges with a dash and mixes as pairs", () => {
    expect(showFitted(0.1525)).toBe("0,1525");
    expect(showFitted({ min: 7, max: 34 })).toBe("min: 7, max: 34");
    expect(showFitted([3, 14.5])).toBe("3–14,5");
    expect(showFitted([1, 0.879, 1.2])).toBe("1 0,879 1,2");
  });
});

describe("formatCounterfactual", () => {
  const text = formatCounterfactual(report);

  it("gives history, baseline, variant and the signed difference with its interval per metric", () => {
    expect(text).toMatch(
      /Raskmelding → job\s+80,0 dage\s+50,0 dage\s+14,9 dage\s+-35,1 dage\s+-42,1 til -28,2\s+12/,
    );
    expect(text).toMatch(/Andel der slutter i job\s+30,0 %\s+30,0 %\s+30,0 %\s+0,0 %-point/);
  });

  it("says how many cases have no pair for a measure, and why", () => {
    expect(text).toContain(
      "Raskmelding → job: 7 uparrede sager: 2 var stadig åbne, da kørslen sluttede; 5 hvor målet ikke gælder (sagen endte ikke med raskmelding efterfulgt af job).",
    );
    expect(text).not.toContain("Uger på ydelse: ");
  });

  it("lists cases with the largest raskmelding → job difference first", () => {
    expect(text.indexOf("S-2")).toBeLessThan(text.indexOf("S-1"));
    expect(text).toContain("Største forskelle pr. sag (2 af 2; alle med --json)");
  });
});

describe("formatValidation", () => {
  it("shows the mean the relative EMD limit is taken of, and the limit it gives", () => {
    const text = formatValidation("baseline", {
      schemaVersion: 1,
      from: "2022-01-01",
      to: "2022-12-31",
      replications: 2,
      historyCases: 300,
      cycleTimeEmdDays: 9.1,
      recoveryEmdDays: 4.2,
      rettidighedMonthlyErrorPp: 3,
      rettidighedMonths: [],
      outcomeShareErrorPp: 2,
      arrivalProfileError: 0.1,
      historyMeanCycleDays: 156.3,
      verdict: "god",
      advice: [],
      kpis: [
        { kpi: "rettidighed", unit: "andel", history: 0.9, simulated: 0.92, ci95: [0.9, 0.94] },
      ],
    });
    expect(text).toMatch(
      /Forløbstid \(EMD\)\s+9,1 dage\s+≤ 15,6 dage \(10 % af historikkens middelforløbstid 156,3 dage\)/,
    );
    expect(text).toMatch(/Rettidighed\s+90,0 %\s+92,0 %\s+90,0–94,0/);
  });
});

describe("asFlagError", () => {
  const failure = <E>(e: E) => Effect.runPromise(Effect.flip(asFlagError(Effect.fail(e))));

  it("names command-line options as flags and leaves environment names alone", async () => {
    const kpi = new OptionInvalid({ option: "kpi", value: "x", reason: "ukendt" });
    expect((await failure(kpi)).message).toBe("--kpi = x: ukendt");
    const from = new CalibrationRangeInvalid({
      option: "from",
      value: "2022-13-01",
      reason: "dato",
    });
    expect((await failure(from)).message).toBe("--from = 2022-13-01: dato");
    const store = new OptionInvalid({ option: "SAGSFLOW_STORE", value: "x", reason: "ukendt" });
    expect((await failure(store)).message).toBe("SAGSFLOW_STORE = x: ukendt");
  });
});
