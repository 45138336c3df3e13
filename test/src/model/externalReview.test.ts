/**
 * The external review acts (issue 17 item 2, seed 003's BDO): reviewed cases get a sagsgennemgang and a
 * trepartssamtale outside the caseworkers' slots, a share ends, and rettidighed moves, paired CI excluding 0.
 */
import { toEpochDay } from "@sagsflow/domain";
import {
  caseFlowReplication,
  differenceKpis,
  type ModelParams,
  replicationInputs,
  runCaseFlow,
} from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams } from "./modelFixtures";

// The recovery at its trained settings (every ramp at its end value): under the crisis capacity the ramps start from,
// the time the review frees goes to other overdue cases and rettidighed does not move (docs/scenarios.md).
const ramped = libraryParams("skanderborg/recovery.yaml");
const sagsbehandler = { ...ramped.staff.sagsbehandler };
for (const s of ramped.schedules ?? [])
  if ("ramp" in s)
    (sagsbehandler as Record<string, number>)[s.path.split(".")[2] as string] = s.ramp.to;
const recovery: ModelParams = {
  ...ramped,
  staff: { ...ramped.staff, sagsbehandler },
  schedules: [],
};
const withoutReview: ModelParams = {
  ...recovery,
  backlog: { ...recovery.backlog, reviewCases: 0 },
};

describe("an external review of the backlog", () => {
  const run = runCaseFlow(recovery, 3);
  const reviewed = run.citizens.filter((c) =>
    c.events.some((e) => e._tag === "SagsgennemgangCompleted"),
  );

  it("reviews up to reviewCases at reviewPerWeek, each with an external trepartssamtale that day", () => {
    // A case that recovers before its turn is not reviewed.
    expect(reviewed.length).toBeGreaterThan(70);
    expect(reviewed.length).toBeLessThanOrEqual(recovery.backlog.reviewCases);
    const days = reviewed.map((c) => {
      const i = c.events.findIndex((e) => e._tag === "SagsgennemgangCompleted");
      const review = c.events[i];
      const samtale = c.events[i + 1];
      expect(review).toMatchObject({ resource: "ekstern" });
      expect(samtale).toMatchObject({
        _tag: "OpfoelgningssamtaleHeld",
        resource: "ekstern",
        date: review?.date,
      });
      return toEpochDay(review?.date as string);
    });
    // 8 a week: about 12-13 weeks for 100 cases.
    const weeks = (Math.max(...days) - run.measureFrom) / 7;
    expect(weeks).toBeGreaterThan(9);
    expect(weeks).toBeLessThan(16);
  });

  it("ends about reviewCloseShare of the reviewed cases on the review day, and re-plans the rest", () => {
    const ended = reviewed.filter((c) => {
      const last = c.events.find((e) => e._tag === "CaseClosed");
      const review = c.events.find((e) => e._tag === "SagsgennemgangCompleted");
      return (
        last?.date === review?.date && last?._tag === "CaseClosed" && last.reason === "anden-ydelse"
      );
    });
    const share = ended.length / reviewed.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.45);
    const replanned = reviewed.filter((c) => !ended.includes(c));
    const heldLater = replanned.filter(
      (c) =>
        c.events.filter(
          (e) => e._tag === "OpfoelgningssamtaleHeld" && e.resource === "sagsbehandler",
        ).length > 0,
    );
    expect(heldLater.length).toBeGreaterThan(0.5 * replanned.length);
  });

  it("raises rettidighed and samtaler against the same recovery without it (paired, 4 replications)", () => {
    const reps = (p: ModelParams) => replicationInputs(p, 3, 4).map(caseFlowReplication);
    const d = differenceKpis(reps(recovery), reps(withoutReview));
    const [lo, hi] = d.rettidighed.ci95 as readonly [number, number];
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThan(0.1);
  }, 30_000);
});
