import { toEpochDay } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import { compileWhatIf } from "../workshop/compileWhatIf";
import { scenarioTextsFromDisk } from "../workshop/scenarioTextsFromDisk.node";
import { formatScheduled, scheduleTimeline } from "./scheduleTimeline";

const texts = scenarioTextsFromDisk(`${import.meta.dirname}/../../../scenarios/library`);

/** A saved variant with a step schedule, a ramp and a regime change, as a workshop user would store one. */
const yaml = `id: plan
name: Plan
extends: baseline.yaml
regime:
  schedule:
    - { from: "2021-01", value: { value: "2020-2024", source: "test" } }
    - { from: "2022-06", value: { value: "2025+", source: "test" } }
staff:
  sagsbehandler:
    sicknessShare:
      schedule:
        - { from: "2022-03", value: { value: 0.2, source: "test" } }
        - { from: "2022-09", value: { value: 0.04, source: "test" } }
    meetingMinutes:
      ramp:
        from: { value: 60, source: "test" }
        to: { value: 45, source: "test" }
        start: "2022-03"
        end: "2022-12"
`;

const compiled = () => {
  const lib = compileWhatIf(
    { scenario: "plan", saved: { id: "plan", yaml }, overrides: {} },
    texts,
  );
  if (!("params" in lib)) throw new Error(lib.message);
  return lib.params;
};

describe("scheduleTimeline", () => {
  it("gives one row per scheduled parameter, from the warm-up's start to after the last change", () => {
    const t = scheduleTimeline(compiled());
    expect(t.measureStart).toBe(toEpochDay("2022-01-03"));
    expect(t.warmupStart).toBe(t.measureStart - 52 * 7);
    expect(t.rows.map((r) => r.label)).toEqual([
      "Regelsæt",
      "Medarbejdere, sagsbehandlere: sygefravær, andel",
      "Medarbejdere, sagsbehandlere: minutter pr. samtale",
    ]);
    const sickness = t.rows[1];
    expect(sickness?.kind).toBe("steps");
    // The first value holds from the warm-up's start (docs/scenarios.md), the next from its date.
    expect(sickness?.points.map((p) => p.value)).toEqual([0.2, 0.04, 0.04]);
    expect(sickness?.points[1]?.day).toBe(toEpochDay("2022-09-01"));
    expect(t.rows[0]?.points.map((p) => p.value)).toEqual(["2020-2024", "2025+", "2025+"]);
    const ramp = t.rows[2];
    expect(ramp?.kind).toBe("ramp");
    expect(ramp?.points.map((p) => [p.day, p.value])).toEqual([
      [t.warmupStart, 60],
      [toEpochDay("2022-03-01"), 60],
      [toEpochDay("2022-12-01"), 45],
      [t.end, 45],
    ]);
    expect(t.end).toBeGreaterThanOrEqual(toEpochDay("2022-12-01") + 28);
  });

  it("has no rows for a scenario without schedules", () => {
    const lib = compileWhatIf({ scenario: "baseline", saved: null, overrides: {} }, texts);
    expect("params" in lib && scheduleTimeline(lib.params).rows).toEqual([]);
  });

  it("writes values in Danish: shares in %, the unit after a number, rule regimes in words", () => {
    expect(formatScheduled(0.2, "andel")).toBe("20,0 %");
    expect(formatScheduled(45, "min.")).toBe("45 min.");
    expect(formatScheduled(11.5, "årsværk")).toBe("11,5 årsværk");
    expect(formatScheduled("2025+", "")).toBe("fra 2025");
  });
});
