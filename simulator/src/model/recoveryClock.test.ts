import { describe, expect, it } from "vitest";
import { normalQuantile } from "../stats/specialFunctions";
import {
  baseHazard,
  baseHazardInverse,
  makeRecoveryClock,
  recoveryFactor,
  retimeClock,
} from "./recoveryClock";

const factors = {
  delvisRaskmelding: 1.25,
  opfoelgningssamtale: 1.1,
  contactWindowWeeks: 4,
  fastTrack: 1.1,
  jobafklaring: 0.8,
  virksomhedsrettetTilbud: 1.1,
};

describe("recovery clock", () => {
  it("with factor 1 gives exactly the lognormal draw of the same uniform", () => {
    for (const u of [0.01, 0.2, 0.5, 0.9, 0.999]) {
      const clock = makeRecoveryClock(10, 1.2, u, 1);
      // The erfc behind Φ has a relative error below 1.2e-7. The threshold -ln u is reached where S0(t) = u, the lognormal's (1-u) quantile.
      const expected = 70 * Math.exp(1.2 * normalQuantile(1 - u));
      expect(retimeClock(clock, 0, 1)).toBeCloseTo(expected, 6);
    }
  });

  it("inverts its cumulative hazard", () => {
    const clock = makeRecoveryClock(8, 1.5, 0.3, 1);
    for (const t of [1, 10, 56, 300, 2000])
      expect(baseHazardInverse(clock, baseHazard(clock, t)) / t).toBeCloseTo(1, 5);
  });

  it("reaches the threshold earlier when the hazard doubles midway, and uses the hazard accumulated before", () => {
    const plain = makeRecoveryClock(10, 1, 0.2, 1);
    const t1 = retimeClock(plain, 0, 1);
    const faster = makeRecoveryClock(10, 1, 0.2, 1);
    retimeClock(faster, 0, 1);
    const t2 = retimeClock(faster, 30, 2);
    expect(t2).toBeLessThan(t1);
    expect(t2).toBeGreaterThan(30);
    // From day 30 the remaining hazard is used at twice the rate: H0(t2) - H0(30) = (H0(t1) - H0(30)) / 2.
    expect(baseHazard(faster, t2) - baseHazard(faster, 30)).toBeCloseTo(
      (baseHazard(plain, t1) - baseHazard(plain, 30)) / 2,
      6,
    );
  });

  it("conditions a backlog case on being sick when registered", () => {
    const clock = makeRecoveryClock(10, 1, 0.5, 1, 100);
    const t = retimeClock(clock, 100, 1);
    expect(t).toBeGreaterThan(100);
    // Median remaining survival from day 100: S0(t) / S0(100) = 0.5.
    expect(baseHazard(clock, t) - baseHazard(clock, 100)).toBeCloseTo(Math.log(2), 6);
  });

  it("multiplies the factors of the situations in force", () => {
    const clock = makeRecoveryClock(10, 1, 0.5, 1);
    const none = { fastTrack: false, jobafklaring: false, tilbud: false };
    expect(recoveryFactor(factors, 1, clock, 0, none)).toBe(1);
    clock.delvis = true;
    clock.contactUntil = 10;
    expect(recoveryFactor(factors, 1, clock, 5, none)).toBeCloseTo(1.25 * 1.1, 12);
    expect(recoveryFactor(factors, 1, clock, 10, none)).toBeCloseTo(1.25, 12);
    expect(
      recoveryFactor(factors, 2, clock, 10, { fastTrack: true, jobafklaring: true, tilbud: true }),
    ).toBeCloseTo(2 * 1.25 * 1.1 * 0.8 * 1.1, 12);
  });
});
