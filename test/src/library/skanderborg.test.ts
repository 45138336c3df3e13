import { describe, expect, it } from "vitest";
import { skanderborgReproduction } from "./skanderborgReproduction";

// Published (seed 003): rettidighed 16,9 % -> 81,7 %, about 200 -> 1200 samtaler a month, in about 10 months.
describe("Skanderborg reproduction (fixed seeds)", () => {
  const result = skanderborgReproduction();
  it("keeps rettidighed at most 25 % and samtaler at 150-300 a month in the crisis", () => {
    expect(result.crisis.rettidighed).toBeLessThanOrEqual(0.25);
    expect(result.crisis.samtalerPerMonth).toBeGreaterThanOrEqual(150);
    expect(result.crisis.samtalerPerMonth).toBeLessThanOrEqual(300);
  });
  it("reaches rettidighed of at least 75 % within 12 months and holds it through month 12", () => {
    expect(result.firstMonthAtLeast75).not.toBeNull();
    expect(result.firstMonthAtLeast75 as number).toBeLessThanOrEqual(12);
    for (const m of result.recovery.filter((r) => r.month >= 8))
      expect(m.rettidighed).toBeGreaterThanOrEqual(0.75);
  });
  it("holds 900-1,500 samtaler a month after the recovery", () => {
    expect(result.samtalerPerMonthAfter).toBeGreaterThanOrEqual(900);
    expect(result.samtalerPerMonthAfter).toBeLessThanOrEqual(1500);
  });
});
