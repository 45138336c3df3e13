import { describe, expect, it } from "vitest";
import { headline, unpairedDifference } from "./headline";

const d = (mean: number, lo: number, hi: number, unit = "dage") => ({
  mean,
  ci95: [lo, hi] as const,
  unit,
  n: 10,
});

describe("headline (leader's summary)", () => {
  it("says bedre for a shown fall in a waiting time, with the paired interval in one sentence", () => {
    const h = headline("waitRaskmeldingToVirksomhedsserviceDays", d(-9, -12, -6), true);
    expect(h.verdict).toBe("bedre");
    expect(h.sentence).toBe(
      "Bedre: ventetiden fra raskmelding til virksomhedsservice falder med 9 dage (parret forskel, 95 %-interval −12 til −6 dage).",
    );
  });
  it("says værre for a shown fall in rettidighed, in procentpoint", () => {
    const h = headline("rettidighed", d(-0.05, -0.07, -0.03, "andel"), true);
    expect(h.verdict).toBe("værre");
    expect(h.sentence).toMatch(/falder med 5 procentpoint/);
  });
  it("says ubetydelig when the interval excludes 0 but the effect is under the practical threshold", () => {
    const h = headline("weeksOnYdelse", d(-0.1, -0.15, -0.05, "uger"), true);
    expect(h.verdict).toBe("ubetydelig");
    expect(h.sentence).toMatch(/under tærsklen på 0,2 uger/);
  });
  it("says ingen sikker forskel when the interval holds 0", () => {
    expect(headline("costPerCaseDkk", d(300, -800, 1400, "kr."), true).verdict).toBe(
      "ingen sikker forskel",
    );
  });
  it("labels an unpaired difference and widens its interval from both scenarios' intervals", () => {
    const u = unpairedDifference(d(10, 8, 12), d(7, 4, 10));
    expect(u?.mean).toBe(-3);
    expect(u?.ci95?.[0]).toBeCloseTo(-3 - Math.hypot(2, 3), 10);
    expect(headline("handoffWaitDays", u, false).sentence).toMatch(/ikke parret/);
  });
});
