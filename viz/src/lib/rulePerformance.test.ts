import { deadlineRules } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import { rulePerformance } from "./rulePerformance";

describe("rulePerformance", () => {
  const months = [
    {
      month: "2022-01",
      all: { met: 9, late: 1 },
      byRule: { revurdering: { met: 4, late: 1 }, foersteOpfoelgning: { met: 5, late: 0 } },
    },
    { month: "2022-02", all: { met: 6, late: 4 }, byRule: { revurdering: { met: 6, late: 4 } } },
  ];

  it("sums the months per rule, the total first and all ten rules after it", () => {
    const r = rulePerformance(months);
    expect(r.map((x) => x.rule)).toEqual(["alle", ...deadlineRules]);
    expect(r[0]).toMatchObject({ met: 15, late: 5, share: 0.75 });
    const rev = r.find((x) => x.rule === "revurdering");
    expect(rev).toMatchObject({ met: 10, late: 5 });
    expect(rev?.share).toBeCloseTo(2 / 3, 12);
    expect(rev?.ci95?.[0]).toBeLessThan(2 / 3);
    expect(rev?.ci95?.[1]).toBeGreaterThan(2 / 3);
  });

  it("keeps a rule with no deadlines, with no share and no interval", () => {
    const fast = rulePerformance(months).find((x) => x.rule === "fastTrack");
    expect(fast).toEqual({ rule: "fastTrack", met: 0, late: 0, share: null, ci95: null });
  });
});
