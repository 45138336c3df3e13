import { SCHEDULABLE_PATHS } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { paramLabel } from "./paramLabels";

describe("paramLabel", () => {
  it("names levers, staff and recovery parameters in Danish", () => {
    expect(paramLabel("levers.earlyCvWeek")).toBe("Tidligt CV i sygeuge");
    expect(paramLabel("staff.jobkonsulent.fte")).toMatch(/^Jobkonsulenter, årsværk$|årsværk/);
    expect(paramLabel("recovery.bevaegeapparat.sigma")).toBe(
      "Raskmelding, bevægeapparat: spredning (sigma)",
    );
  });
  it("names the staff time, external help and review parameters of issue 17 in Danish", () => {
    expect(paramLabel("staff.sagsbehandler.externalFte")).toBe(
      "Medarbejdere, sagsbehandlere: indlejede årsværk",
    );
    expect(paramLabel("staff.jobkonsulent.sicknessSpellDays")).toBe(
      "Medarbejdere, jobkonsulenter: sygeperiodens længde, arbejdsdage",
    );
    expect(paramLabel("backlog.reviewPerWeek")).toBe("Pukkel: gennemgåede sager pr. uge");
    // The fallback would spell the identifier out in English words ("work minutes per day").
    // Every parameter a schedule may change: the fallback would spell an unnamed one out in English words.
    for (const path of SCHEDULABLE_PATHS)
      expect(paramLabel(path), path).not.toMatch(
        /\b(work|minutes|per|day|share|meeting|admin|case|week|other|journal|sickness|external)\b/,
      );
    for (const path of [
      "backlog.reviewCases",
      "backlog.reviewCloseShare",
      "staff.schedulingPolicy",
    ])
      expect(paramLabel(path)).not.toMatch(/review|scheduling|close/);
  });
  it("names the case outcomes, the rekruttering hire share and the recovery factors in Danish", () => {
    expect(paramLabel("outcomes.jobafklaring.foertidspension")).toBe(
      "Afslutninger, jobafklaring: førtidspension",
    );
    expect(paramLabel("hazards.recoveryFactors.opfoelgningssamtale")).toBe(
      "Overgangsrater, faktorer på raskmelding: opfølgningssamtale",
    );
    for (const path of [
      "outcomes.jobafklaring.fleksjob",
      "outcomes.jobafklaring.ressourceforloeb",
      "outcomes.jobafklaring.uddannelse",
      "outcomes.decisionWeeks",
      "outcomes.jobLossAtJobafklaringShare",
      "outcomes.deathPerYear",
      "outcomes.relocationPerYear",
      "rekruttering.hireShare",
      "hazards.recoveryFactors.delvisRaskmelding",
      "hazards.recoveryFactors.contactWindowWeeks",
      "hazards.recoveryFactors.fastTrack",
      "hazards.recoveryFactors.virksomhedsrettetTilbud",
    ])
      expect(paramLabel(path), path).not.toMatch(
        /\b(outcomes|decision|weeks|share|death|relocation|hire|factors|window|per|year)\b|oe|[a-z][A-Z]/,
      );
  });
  it("never returns a camelCase identifier, even for a part it does not know", () => {
    expect(paramLabel("hazards.someNewFactor")).toBe("Overgangsrater: some new factor");
    expect(paramLabel("levers.organisation")).not.toMatch(/[a-z][A-Z]/);
  });
});
