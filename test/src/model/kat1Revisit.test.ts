import { toEpochDay } from "@sagsflow/domain";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, small } from "./modelFixtures";

describe("kat 1 cases still sick after week 8 (SDL §12 stk. 3)", () => {
  it("are visited again as kat 2 or 3 and followed up; cases back by week 8 are not", () => {
    const run = runCaseFlow(small(libraryParams("baseline.yaml"), 1200), 4);
    let revisited = 0;
    let longAfter = 0;
    let followedUp = 0;
    for (const c of run.citizens) {
      const visits = c.events.filter((e) => e._tag === "VisitationCompleted");
      if (visits[0]?.kategori !== 1) continue;
      // Sickness ends at raskmelding, or at a close (death, relocation: caseOutcomes.ts).
      const rask = c.events.find(
        (e) => e._tag === "RaskmeldingRegistered" || e._tag === "CaseClosed",
      );
      const sickThrough = rask === undefined ? run.end : toEpochDay(rask.date);
      const revisit = visits[1];
      if (sickThrough <= c.firstAbsenceDay + 56) {
        expect(revisit).toBeUndefined();
        continue;
      }
      expect(revisit?.kategori === 2 || revisit?.kategori === 3).toBe(true);
      const day = toEpochDay(revisit?.date ?? "");
      expect(day).toBeGreaterThanOrEqual(c.firstAbsenceDay + 56);
      revisited++;
      if (sickThrough <= day + 45) continue;
      longAfter++;
      if (c.events.some((e) => e._tag === "OpfoelgningssamtaleHeld" && toEpochDay(e.date) > day))
        followedUp++;
    }
    expect(revisited).toBeGreaterThan(10);
    expect(longAfter).toBeGreaterThan(5);
    expect(followedUp / longAfter).toBeGreaterThan(0.8);
  });
});
