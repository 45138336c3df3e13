/** Issue 9 acceptance: calibrate then validate on the demo history; rettidighed per month within 5 points. */
import { compileScenario, parseScenarioText } from "@sagsflow/scenarios";
import { Effect, Result } from "effect";
import { describe, expect, it } from "vitest";
import { calibrateHistory } from "../../../api/src/calibration/calibrateHistory";
import { validateScenario } from "../../../api/src/calibration/validateScenario";
import { demoStore } from "./demoStore";

describe("calibrate then validate on the demo history", () => {
  it("writes a loadable scenario whose fitted values say 'calibrated <period>'", async () => {
    const report = await Effect.runPromise(calibrateHistory(await demoStore()));
    const parsed = Result.getOrThrow(
      parseScenarioText("calibrated.yaml", report.scenarioYaml, false),
    );
    const compiled = compileScenario([parsed]);
    expect(Result.isSuccess(compiled)).toBe(true);
    expect(report.scenarioYaml).toContain(`source: calibrated ${report.period}`);
    expect(report.scenarioYaml).not.toMatch(/rettidighed/i);
    expect(report.fitted.length).toBeGreaterThan(20);
  }, 60_000);

  it("reproduces monthly rettidighed within 5 percentage points and prints every distance", async () => {
    const store = await demoStore();
    const report = await Effect.runPromise(calibrateHistory(store));
    const compiled = compileScenario([
      Result.getOrThrow(parseScenarioText("c.yaml", report.scenarioYaml, false)),
    ]);
    const params = Result.getOrThrow(compiled).params;
    const v = await Effect.runPromise(
      validateScenario(store, params, { replications: 2, seed: 3 }),
    );
    expect(v.rettidighedMonths.length).toBeGreaterThan(10);
    expect(v.rettidighedMonthlyErrorPp).toBeLessThan(5);
    for (const d of [
      v.cycleTimeEmdDays,
      v.recoveryEmdDays,
      v.outcomeShareErrorPp,
      v.arrivalProfileError,
    ])
      expect(d).not.toBeNull();
    expect(["god", "acceptabel", "svag"]).toContain(v.verdict);
    // History and simulation measured by the same catalog: every case KPI side by side.
    expect(v.kpis.map((k) => k.kpi)).toContain("spellDurationDays");
    expect(v.kpis.map((k) => k.kpi as string)).not.toContain("caseworkerUtilization");
    const rett = v.kpis.find((k) => k.kpi === "rettidighed");
    expect(Math.abs((rett?.history ?? 0) - (rett?.simulated ?? 1))).toBeLessThan(0.05);
  }, 60_000);
});
