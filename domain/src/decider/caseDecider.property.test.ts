import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeCase } from "../projections/summarizeCase";
import { commandRun } from "../testing/commandSequence";
import { toEpochDay } from "../time/epochDay";
import { caseDecider } from "./caseDecider";
import { replay } from "./decider";

const SEED = 1337;
const RUNS = 400;

describe("random command sequences through the case decider", () => {
  it("never break the legal order (property)", () => {
    fc.assert(
      fc.property(commandRun, ({ events }) => {
        const [first, ...rest] = events;
        expect(first?._tag).toBe("SygemeldingReceived");
        if (first?._tag !== "SygemeldingReceived") return;
        const firstDay = toEpochDay(first.firstAbsenceDay);
        let ledig = first.employment.startsWith("ledig");
        let revurderingToJaf = false;
        let last = toEpochDay(first.date);
        for (const [i, e] of rest.entries()) {
          const day = toEpochDay(e.date);
          expect(day).toBeGreaterThanOrEqual(Math.max(last, firstDay));
          last = day;
          expect(e._tag).not.toBe("SygemeldingReceived");
          if (e._tag === "CaseClosed") expect(i).toBe(rest.length - 1);
          if (e._tag === "AnsaettelseEnded") ledig = true;
          if (e._tag === "RevurderingCompleted" && e.outcome === "jobafklaring")
            revurderingToJaf = true;
          if (e._tag === "JobafklaringStarted") expect(revurderingToJaf).toBe(true);
          if (e._tag === "VirksomhedsserviceHandoffRequested" || e._tag === "JobStarted")
            expect(ledig).toBe(true);
          if (e._tag === "VisitationCompleted" && firstDay >= toEpochDay("2025-01-01"))
            expect(e.kategori).not.toBe(3);
          if (e._tag === "FastTrackRequested") expect(day - firstDay + 1).toBeLessThanOrEqual(35);
        }
        expect(rest.filter((e) => e._tag === "RaskmeldingRegistered").length).toBeLessThanOrEqual(
          1,
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("replay is deterministic and equals the incremental state (property)", () => {
    fc.assert(
      fc.property(commandRun, ({ events, states }) => {
        const once = replay(caseDecider, events);
        expect(replay(caseDecider, events)).toEqual(once);
        expect(once).toEqual(states.at(-1));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("summaries are deterministic and internally consistent (property)", () => {
    fc.assert(
      fc.property(commandRun, ({ events }) => {
        const a = summarizeCase(events, { asOf: "2028-12-31" });
        expect(summarizeCase(events, { asOf: "2028-12-31" })).toEqual(a);
        if (a === undefined) return;
        for (const d of a.deadlines) {
          expect(d.due).toBeLessThanOrEqual(d.statutoryDue);
          if (d.status === "met") expect(d.metOn ?? Number.NaN).toBeLessThanOrEqual(d.due);
          if (d.status === "late") expect(d.daysLate).toBeGreaterThan(0);
        }
        const w = a.weeksOnYdelse;
        expect(w.total).toBeCloseTo(
          w.sygedagpenge + w.ressourceforloebsydelse + w.dagpengeEllerKontanthjaelp,
        );
        expect(a.cost.benefitDkk).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("accepts a useful share of generated commands (the generator exercises the rules)", () => {
    const runs = fc.sample(commandRun, { seed: SEED, numRuns: 200 });
    const accepted = runs.reduce((n, r) => n + r.events.length, 0);
    const rejected = runs.reduce((n, r) => n + r.rejected, 0);
    expect(accepted / (accepted + rejected)).toBeGreaterThan(0.3);
    expect(rejected).toBeGreaterThan(0);
  });
});
