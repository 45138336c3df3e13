/**
 * The case-outcome mechanism (issue 16 item 2, simulator/src/model/caseOutcomes.ts): each outcome share responds to
 * its own parameter, with a paired 95 % CI over common random numbers (fixed seeds, small runs), and a rate of 0
 * gives no such ending at all.
 */
import { differenceKpis, type KpiId, type ModelParams } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, replicate, small } from "./modelFixtures";

const REPLICATIONS = 6;
const base = small(libraryParams("baseline.yaml"), 400);
const baseReps = replicate(base, REPLICATIONS);

const withOutcomes = (change: Partial<ModelParams["outcomes"]>): ModelParams => ({
  ...base,
  outcomes: { ...base.outcomes, ...change },
});
const ci = (variant: ModelParams, kpi: KpiId) => {
  const d = differenceKpis(replicate(variant, REPLICATIONS), baseReps)[kpi];
  if (d.ci95 === null) throw new Error(`no CI for ${kpi}`);
  return d.ci95;
};

describe("case outcomes respond to their parameters", () => {
  it("a larger fleksjob indstilling share raises the share ending in fleksjob", () => {
    const v = withOutcomes({ jobafklaring: { ...base.outcomes.jobafklaring, fleksjob: 0.5 } });
    expect(ci(v, "shareEndingInFleksjob")[0]).toBeGreaterThan(0);
  });

  it("a larger ressourceforløb share raises the share ending in ressourceforløb", () => {
    const v = withOutcomes({
      jobafklaring: { ...base.outcomes.jobafklaring, ressourceforloeb: 0.6 },
    });
    expect(ci(v, "shareEndingInRessourceforloeb")[0]).toBeGreaterThan(0);
  });

  it("death and relocation rates set the share ending as andet; at 0 there is none", () => {
    const none = replicate(withOutcomes({ deathPerYear: 0, relocationPerYear: 0 }), 2);
    for (const r of none) expect(r.shareEndingAndet.value).toBe(0);
    expect(ci(withOutcomes({ relocationPerYear: 0.2 }), "shareEndingAndet")[0]).toBeGreaterThan(0);
  });

  it("losing the job at jobafklaring lowers the share in work 13 weeks after", () => {
    const v = withOutcomes({ jobLossAtJobafklaringShare: 1 });
    expect(ci(v, "shareInJobAfter13Weeks")[1]).toBeLessThan(0);
  });

  it("the rekruttering market fills a share of the positions set by hireShare, not all of them", () => {
    for (const r of baseReps) {
      const filled = r.rekrutteringsanmodningerFilledShare.value as number;
      expect(filled).toBeGreaterThan(0.3);
      expect(filled).toBeLessThan(0.75);
    }
    const all = { ...base, rekruttering: { ...base.rekruttering, hireShare: 1 } };
    expect(ci(all, "rekrutteringsanmodningerFilledShare")[0]).toBeGreaterThan(0);
    expect(ci(all, "shareEndingInJob")[0]).toBeGreaterThan(0);
  });
});
