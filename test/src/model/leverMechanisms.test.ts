/** Each lever changes the event log the way docs/levers.md says: checked on the events themselves, one seed. */
import { type CaseEvent, toEpochDay } from "@sagsflow/domain";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, small, withLevers } from "./modelFixtures";

const base = small(libraryParams("baseline.yaml"), 600);
const dayOf = (events: ReadonlyArray<CaseEvent>, tag: CaseEvent["_tag"]): number | undefined => {
  const e = events.find((x) => x._tag === tag);
  return e === undefined ? undefined : toEpochDay(e.date);
};
const ledigFromStart = (events: ReadonlyArray<CaseEvent>): boolean => {
  const s = events[0];
  return s?._tag === "SygemeldingReceived" && s.employment.startsWith("ledig");
};

describe("levers.earlyCvWeek", () => {
  it("dates every CV of a ledig still sick in week 8 within week 8 plus a booking week", () => {
    const run = runCaseFlow(withLevers(base, { earlyCvWeek: 8 }), 1);
    let checked = 0;
    for (const c of run.citizens) {
      const rask = dayOf(c.events, "RaskmeldingRegistered");
      const received = dayOf(c.events, "SygemeldingReceived") as number;
      const week8 = c.firstAbsenceDay + 56;
      if (!ledigFromStart(c.events) || rask === undefined || rask <= Math.max(week8, received) + 7)
        continue;
      const cv = dayOf(c.events, "CvUpdated");
      expect(cv).toBeGreaterThanOrEqual(Math.max(week8, received));
      expect(cv).toBeLessThanOrEqual(Math.max(week8, received) + 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("leaves the baseline's CVs after raskmelding", () => {
    const run = runCaseFlow(base, 1);
    for (const c of run.citizens) {
      const cv = dayOf(c.events, "CvUpdated");
      const rask = dayOf(c.events, "RaskmeldingRegistered");
      if (cv !== undefined) expect(cv).toBeGreaterThanOrEqual(rask as number);
    }
  });
});

describe("levers.earlyJobmaalWeek", () => {
  it("replaces the baseline's praktik: no arbejdsprøvning, jobmål agreed while sick", () => {
    const baseline = runCaseFlow(base, 1);
    const variant = runCaseFlow(withLevers(base, { earlyJobmaalWeek: 10 }), 1);
    const count = (run: typeof baseline, tag: CaseEvent["_tag"]) =>
      run.citizens.reduce((n, c) => n + c.events.filter((e) => e._tag === tag).length, 0);
    expect(count(baseline, "PraktikStarted")).toBeGreaterThan(10);
    expect(count(variant, "PraktikStarted")).toBe(0);
    const jobmaalWhileSick = variant.citizens.filter((c) => {
      const j = dayOf(c.events, "JobmaalAgreed");
      const r = dayOf(c.events, "RaskmeldingRegistered");
      return j !== undefined && r !== undefined && j < r;
    });
    expect(jobmaalWhileSick.length).toBeGreaterThan(20);
  });
});

describe("levers.vsWeeksBeforeRaskmelding", () => {
  it("requests the handoff 8 weeks before the expected raskmelding", () => {
    const run = runCaseFlow(withLevers(base, { vsWeeksBeforeRaskmelding: 8 }), 1);
    let checked = 0;
    for (const c of run.citizens) {
      if (!ledigFromStart(c.events)) continue;
      const visit = c.events.find((e) => e._tag === "VisitationCompleted");
      const rask = dayOf(c.events, "RaskmeldingRegistered");
      if (
        visit?._tag !== "VisitationCompleted" ||
        visit.expectedRaskmelding === undefined ||
        rask === undefined
      )
        continue;
      const planned = Math.max(toEpochDay(visit.date), toEpochDay(visit.expectedRaskmelding) - 56);
      if (planned >= rask) continue;
      expect(dayOf(c.events, "VirksomhedsserviceHandoffRequested")).toBe(planned);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("levers.organisation", () => {
  it("a resultatteam makes the virksomhedsservice contact without a handoff booking delay", () => {
    const waits = (organisation: "sekventiel" | "resultatteam") => {
      const run = runCaseFlow(withLevers(base, { organisation }), 1);
      const w: number[] = [];
      for (const c of run.citizens) {
        const h = dayOf(c.events, "VirksomhedsserviceHandoffRequested");
        const v = dayOf(c.events, "VirksomhedsserviceContactMade");
        if (h !== undefined && v !== undefined) w.push(v - h);
      }
      return w;
    };
    const seq = waits("sekventiel");
    const team = waits("resultatteam");
    expect(Math.min(...seq)).toBeGreaterThanOrEqual(5);
    // No booking delay in a team; a contact can still wait a few days in the team's own queue on a busy day.
    expect(team.filter((w) => w < 5).length / team.length).toBeGreaterThan(0.95);
    expect(team.length).toBeGreaterThan(20);
  });
});

describe("levers.samarbejdsmoederPerYear", () => {
  it("holds samarbejdsmøder only when the lever is on, and never as lovpligtige samtaler", () => {
    const count = (n: number) =>
      runCaseFlow(withLevers(base, { samarbejdsmoederPerYear: n }), 1).citizens.reduce(
        (a, c) => a + c.events.filter((e) => e._tag === "SamarbejdsmoedeHeld").length,
        0,
      );
    expect(count(0)).toBe(0);
    expect(count(3)).toBeGreaterThan(5);
  });
});

describe("backlog", () => {
  it("registers the open cases at the start and reviews the most overdue", () => {
    const p = {
      ...base,
      backlog: {
        openCases: 120,
        overdueShare: 0.5,
        reviewCases: 30,
        reviewPerWeek: 10,
        reviewCloseShare: 0.3,
      },
    };
    const run = runCaseFlow(p, 1);
    const start = run.measureFrom;
    const backlog = run.citizens.filter(
      (c) => c.receivedDay === start && c.firstAbsenceDay < start,
    );
    expect(backlog.length).toBeGreaterThanOrEqual(120);
    const reviewed = run.citizens.filter((c) =>
      c.events.some((e) => e._tag === "SagsgennemgangCompleted"),
    );
    // Ten a week over three weeks: a case that recovers before its turn is not reviewed.
    expect(reviewed.length).toBeGreaterThanOrEqual(25);
    expect(reviewed.length).toBeLessThanOrEqual(30);
    const oldestUnreviewed = Math.min(
      ...backlog
        .filter((c) => !reviewed.includes(c) && c.raskDay > start + 30)
        .map((c) => c.firstAbsenceDay),
    );
    for (const c of reviewed) expect(c.firstAbsenceDay).toBeLessThanOrEqual(oldestUnreviewed);
  });
});
