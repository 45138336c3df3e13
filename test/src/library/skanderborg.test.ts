import { describe, expect, it } from "vitest";
import { SKANDERBORG_BANDS as B, skanderborgReproduction } from "./skanderborgReproduction";

// Published (seed 003): rettidighed 16,9 % -> 81,7 %, about 200 -> 1200 samtaler a month, in about 10 months.
// The bands are the ones docs/scenarios.md states (renderResults.ts prints them from the same constants).
describe("Skanderborg reproduction (fixed seeds)", () => {
  const result = skanderborgReproduction();
  it("keeps crisis rettidighed in [12 %, 25 %] and samtaler at 150-300 a month", () => {
    expect(result.crisis.rettidighed).toBeGreaterThanOrEqual(B.crisisRettidighed[0]);
    expect(result.crisis.rettidighed).toBeLessThanOrEqual(B.crisisRettidighed[1]);
    expect(result.crisis.samtalerPerMonth).toBeGreaterThanOrEqual(B.crisisSamtaler[0]);
    expect(result.crisis.samtalerPerMonth).toBeLessThanOrEqual(B.crisisSamtaler[1]);
  });
  it("rises over several months: no month-to-month jump over 25 pp, months 9-12 in [72 %, 90 %]", () => {
    expect(result.recovery.length).toBe(12);
    expect(result.largestJumpPp).toBeLessThanOrEqual(B.largestJumpPp);
    expect(result.lateMonths.length).toBe(4);
    for (const m of result.lateMonths) {
      expect(m.rettidighed).toBeGreaterThanOrEqual(B.lateMonthsRettidighed[0]);
      expect(m.rettidighed).toBeLessThanOrEqual(B.lateMonthsRettidighed[1]);
    }
  });
  it("holds 900-1,500 samtaler a month after the article's ten months (months 10-12)", () => {
    expect(result.samtalerPerMonthAfter).toBeGreaterThanOrEqual(B.samtalerAfter[0]);
    expect(result.samtalerPerMonthAfter).toBeLessThanOrEqual(B.samtalerAfter[1]);
  });
});
