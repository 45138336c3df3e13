/**
 * Each lever moves the KPI it should, with a paired 95% CI that excludes 0 (fixed seeds, small runs), and a
 * negative control where the mechanism cannot act gives a difference whose CI contains 0.
 */
import { differenceKpis, type KpiId, type ModelParams } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, replicate, small, withLevers } from "./modelFixtures";

const REPLICATIONS = 8;
const base = small(libraryParams("baseline.yaml"), 400);
const baseReps = replicate(base, REPLICATIONS);

const difference = (variant: ModelParams, kpi: KpiId, baseline = baseReps) => {
  const d = differenceKpis(replicate(variant, REPLICATIONS), baseline)[kpi];
  if (d.ci95 === null) throw new Error(`no CI for ${kpi}`);
  return d.ci95;
};
const below0 = (ci: readonly [number, number]) => expect(ci[1]).toBeLessThan(0);
const above0 = (ci: readonly [number, number]) => expect(ci[0]).toBeGreaterThan(0);

describe("lever effects on KPIs (CI excludes 0)", () => {
  it("virksomhedsservice before raskmelding shortens raskmelding → virksomhedsservice and → job", () => {
    const v = withLevers(base, { vsWeeksBeforeRaskmelding: 8 });
    below0(difference(v, "waitRaskmeldingToVirksomhedsserviceDays"));
    below0(difference(v, "waitRaskmeldingToJobDays"));
  });

  it("an early CV shortens raskmelding → job", () => {
    below0(difference(withLevers(base, { earlyCvWeek: 8 }), "waitRaskmeldingToJobDays"));
  });

  it("an early jobmål instead of praktik shortens the sick spell", () => {
    below0(difference(withLevers(base, { earlyJobmaalWeek: 10 }), "spellDurationDays"));
  });

  it("a resultatteam removes the handoff wait", () => {
    below0(difference(withLevers(base, { organisation: "resultatteam" }), "handoffWaitDays"));
  });

  it("samarbejdsmøder use caseworker time", () => {
    above0(difference(withLevers(base, { samarbejdsmoederPerYear: 3 }), "caseworkerUtilization"));
  });

  it("fewer caseworkers lower rettidighed", () => {
    const staff = { ...base.staff, sagsbehandler: { ...base.staff.sagsbehandler, fte: 3 } };
    below0(difference({ ...base, staff }, "rettidighed"));
  });

  it("the 2015-19 regime's four-weekly samtaler raise samtaler per month over 2020-24", () => {
    above0(difference({ ...base, regime: "2015-2019" }, "samtalerPerMonth"));
  });
});

describe("negative controls (CI contains 0)", () => {
  const noLedige: ModelParams = {
    ...base,
    population: {
      ...base.population,
      beskaeftigelsesstatus: {
        ansat: 0.9,
        "ledig-forsikret": 0,
        "ledig-uforsikret": 0,
        selvstaendig: 0.1,
      },
      dismissalShare: 0,
    },
  };
  const noLedigeReps = replicate(noLedige, REPLICATIONS);

  it("virksomhedsservice before raskmelding changes nothing when nobody is ledig", () => {
    const ci = difference(
      withLevers(noLedige, { vsWeeksBeforeRaskmelding: 8 }),
      "weeksOnYdelse",
      noLedigeReps,
    );
    expect(ci[0]).toBeLessThanOrEqual(0);
    expect(ci[1]).toBeGreaterThanOrEqual(0);
  });

  it("an early CV changes nothing when nobody is ledig", () => {
    const ci = difference(withLevers(noLedige, { earlyCvWeek: 8 }), "costPerCaseDkk", noLedigeReps);
    expect(ci[0]).toBeLessThanOrEqual(0);
    expect(ci[1]).toBeGreaterThanOrEqual(0);
  });
});
