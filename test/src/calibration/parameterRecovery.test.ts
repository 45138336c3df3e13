/** Issue 9 item 3: history generated with known non-default parameters is calibrated back within 10%. */
import { calibrateParams } from "@sagsflow/simulator/calibration";
import { type ModelParams, runCaseFlow } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams } from "../model/modelFixtures";

const base = libraryParams("baseline.yaml");
const known: ModelParams = {
  ...base,
  arrivals: { ...base.arrivals, perWeek: 55 },
  population: {
    ...base.population,
    diagnosegruppe: { psykisk: 0.4, bevaegeapparat: 0.35, oevrige: 0.25 },
  },
  recovery: {
    psykisk: { medianWeeks: 18, sigma: 0.7 },
    bevaegeapparat: { medianWeeks: 9, sigma: 1.0 },
    oevrige: { medianWeeks: 6, sigma: 0.8 },
  },
  revurdering: { ...base.revurdering, extensionShare: 0.7 },
};

const within10 = (fitted: number | undefined, truth: number, what: string) => {
  expect(fitted, what).toBeDefined();
  expect(
    Math.abs((fitted as number) - truth) / truth,
    `${what}: ${fitted} vs ${truth}`,
  ).toBeLessThan(0.1);
};

describe("parameter recovery", () => {
  const run = runCaseFlow(known, 20260901);
  // The history starts from the base, which knows none of the generating values.
  const cal = calibrateParams({ cases: run.citizens.map((c) => c.events), base });

  it("recovers the arrival rate", () => {
    within10(cal?.params.arrivals.perWeek, 55, "arrivals.perWeek");
  });

  it("recovers the lognormal recovery time of every diagnosegruppe", () => {
    for (const [group, truth] of Object.entries(known.recovery)) {
      within10(cal?.params.recovery[group]?.medianWeeks, truth.medianWeeks, `${group}.medianWeeks`);
      within10(cal?.params.recovery[group]?.sigma, truth.sigma, `${group}.sigma`);
    }
  });

  it("recovers the extension share of revurderinger", () => {
    within10(cal?.params.revurdering.extensionShare, 0.7, "revurdering.extensionShare");
  });

  it("marks every fitted value and never fits rettidighed", () => {
    const paths = cal?.fitted.map((f) => f.path.join(".")) ?? [];
    expect(paths).toContain("recovery.psykisk.medianWeeks");
    expect(paths.some((p) => /rettidighed/i.test(p))).toBe(false);
    expect(cal?.period).toBe("2021-01..2023-01");
  });
});
