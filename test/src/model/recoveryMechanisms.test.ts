/**
 * One mechanism test per recovery factor (issue 16 item 3): raising a factor shortens the sick spells of the cases in
 * that situation, with the same seed (common random numbers), and a factor of 1 leaves them as they were.
 */
import { toEpochDay } from "@sagsflow/domain";
import { type ModelParams, runCaseFlow } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, small } from "./modelFixtures";

type Factor = keyof ModelParams["hazards"]["recoveryFactors"];
const base = small(libraryParams("baseline.yaml"), 500);

const withFactor = (p: ModelParams, factor: Factor, value: number): ModelParams => ({
  ...p,
  hazards: { ...p.hazards, recoveryFactors: { ...p.hazards.recoveryFactors, [factor]: value } },
});

/** Days from first absence to the end of sickness (raskmelding, job or close) per measured case id. */
const sickDays = (p: ModelParams): Map<string, number> => {
  const out = new Map<string, number>();
  for (const c of runCaseFlow(p, 3).citizens) {
    if (!c.measured) continue;
    const end = c.events.find(
      (e) =>
        e._tag === "RaskmeldingRegistered" || e._tag === "CaseClosed" || e._tag === "JobStarted",
    );
    if (end !== undefined) out.set(c.caseId, toEpochDay(end.date) - c.firstAbsenceDay);
  }
  return out;
};

const meanShortening = (p: ModelParams, factor: Factor): { mean: number; changed: number } => {
  const off = sickDays(withFactor(p, factor, 1));
  const on = sickDays(withFactor(p, factor, 1.6));
  let sum = 0;
  let n = 0;
  let changed = 0;
  for (const [id, d] of off) {
    const e = on.get(id);
    if (e === undefined) continue;
    sum += d - e;
    n++;
    if (d !== e) changed++;
  }
  return { mean: sum / n, changed };
};

describe("recovery factors act on the spells of the cases in their situation", () => {
  it.each<Factor>([
    "delvisRaskmelding",
    "opfoelgningssamtale",
    "fastTrack",
    "virksomhedsrettetTilbud",
  ])("%s at 1.6 shortens the mean sick spell", (factor) => {
    // Fast-track and the praktik while sick are rare in the baseline: give them enough cases to see.
    const p =
      factor === "fastTrack"
        ? { ...base, population: { ...base.population, fastTrackShare: 0.3 } }
        : factor === "virksomhedsrettetTilbud"
          ? {
              ...base,
              population: {
                ...base.population,
                beskaeftigelsesstatus: { "ledig-forsikret": 0.5, "ledig-uforsikret": 0.5 },
              },
              ledig: { ...base.ledig, praktikShare: 1 },
            }
          : base;
    const { mean, changed } = meanShortening(p, factor);
    expect(changed).toBeGreaterThan(10);
    expect(mean).toBeGreaterThan(0.3);
  });

  it("jobafklaring at 1.6 shortens the spells that reach jobafklaring", () => {
    const { mean, changed } = meanShortening(base, "jobafklaring");
    expect(changed).toBeGreaterThan(5);
    expect(mean).toBeGreaterThan(0);
  });

  it("with every factor at 1, no samtale, delvis or praktik moves any recovery", () => {
    const ones = {
      ...base,
      hazards: {
        ...base.hazards,
        recoveryFactors: {
          ...base.hazards.recoveryFactors,
          delvisRaskmelding: 1,
          opfoelgningssamtale: 1,
          fastTrack: 1,
          jobafklaring: 1,
          virksomhedsrettetTilbud: 1,
        },
      },
    };
    const fewer = {
      ...ones,
      staff: { ...ones.staff, sagsbehandler: { ...ones.staff.sagsbehandler, fte: 4 } },
    };
    // Staffing changes when samtaler happen; with no contact effect it cannot change anyone's recovery.
    const a = runCaseFlow({ ...ones, ledig: { ...ones.ledig, praktikShare: 0 } }, 3).citizens;
    const b = runCaseFlow({ ...fewer, ledig: { ...fewer.ledig, praktikShare: 0 } }, 3).citizens;
    expect(a.map((c) => c.raskDay)).toEqual(b.map((c) => c.raskDay));
  });
});
