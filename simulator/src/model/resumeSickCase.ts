/**
 * Picks up an open sick case at the start of a forecast with the work a fresh case of its state would have queued,
 * so the desk is as loaded as history's was (issue 19: with only the earliest statutory samtale planned, resumed
 * cases dropped their follow-ups after the count rule and in jobafklaring, their kat 1 re-visit and samarbejdsmøder,
 * and the forecast saw no late deadline where history had 13-43 %).
 */
import { type CaseEvent, sygedagpengeStopDay, toEpochDay } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { CaseOutcomes } from "./caseOutcomes";
import type { Citizen } from "./citizen";
import { draw } from "./citizenDraws";
import {
  isSick,
  joinCaseload,
  lastWorkingDayBy,
  type ModelContext,
  requestMeeting,
  today,
} from "./modelContext";
import { firstSamtaleDue, nextSamtaleDue } from "./samtalePlan";

/** The sick-phase steps a resumed case is put back on (sickPhase.ts, laterSickSteps.ts). */
export interface ResumeSteps {
  readonly planSamtale: (c: Citizen, due: number) => void;
  readonly planRevurdering: (c: Citizen) => void;
  readonly revisitKat1: Handler<Citizen>;
  readonly kat1RevisitDay: number;
  readonly rehabiliteringsteam: Handler<Citizen>;
  readonly startJobafklaring: Handler<Citizen>;
  readonly planSamarbejdsmoede: (c: Citizen, from: number) => void;
  readonly halfInterval: number;
  readonly rask: Handler<Citizen>;
  /** Death and relocation from now (memoryless) and a jobafklaring's pending decision (caseOutcomes.ts). */
  readonly outcomes: Pick<CaseOutcomes, "caseReceived" | "jobafklaringStarted">;
}

const lastDay = (events: ReadonlyArray<CaseEvent>, tag: CaseEvent["_tag"]): number | undefined => {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as CaseEvent;
    if (e._tag === tag) return toEpochDay(e.date);
  }
  return undefined;
};

const earliest = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** Due day of the samtale the model would have queued after the case's last one (samtalePlan.ts). */
const plannedSamtaleDue = (c: Citizen): number | undefined => {
  const last = lastDay(c.events, "OpfoelgningssamtaleHeld");
  if (last === undefined) return firstSamtaleDue(c, c.state.fastTrackDay);
  const forudsigeligt = c.events.some(
    (e) => e._tag === "VisitationCompleted" && e.forudsigeligtForloeb === true,
  );
  return nextSamtaleDue(c, last, forudsigeligt);
};

export const makeResumeSickCase = (ctx: ModelContext, s: ResumeSteps) => {
  const { sim } = ctx;

  /** Samarbejdsmøder go on from the last one held, or start as a fresh case's would (kat 3 or jobafklaring). */
  const resumeSamarbejdsmoeder = (c: Citizen): void => {
    const jobafklaring = lastDay(c.events, "JobafklaringStarted");
    if (c.kategori !== 3 && jobafklaring === undefined) return;
    const held = lastDay(c.events, "SamarbejdsmoedeHeld");
    const qualified = c.kategori === 3 ? c.receivedDay : (jobafklaring as number);
    s.planSamarbejdsmoede(c, held ?? qualified - s.halfInterval);
  };

  /**
   * `samtaleDue` is the earliest unmet statutory samtale deadline and `teamDue` the rehabiliteringsteam's
   * (startGivenCases.ts); the team meeting is booked like a fresh case's, on a drawn day up to its due day.
   */
  return (c: Citizen, samtaleDue: number | undefined, teamDue: number | undefined): void => {
    if (!isSick(c)) return;
    const day = today(ctx);
    joinCaseload(ctx, c);
    s.outcomes.caseReceived(c, day);
    const due = earliest(samtaleDue, plannedSamtaleDue(c));
    const jobafklaringStart = lastDay(c.events, "JobafklaringStarted");
    const firstInJobafklaring =
      c.state.status === "jobafklaring" &&
      jobafklaringStart !== undefined &&
      (lastDay(c.events, "OpfoelgningssamtaleHeld") ?? -Infinity) < jobafklaringStart;
    // The indstilling's decision as a fresh jobafklaring draws it; none when that day has passed (the case is open).
    if (c.state.status === "jobafklaring" && jobafklaringStart !== undefined)
      s.outcomes.jobafklaringStarted(c, jobafklaringStart);
    // The first jobafklaring samtale is urgent desk work, as laterSickSteps.startJobafklaring books it.
    if (due !== undefined && firstInJobafklaring)
      requestMeeting(ctx, ctx.desks.sagsbehandler, c, "samtale", day, lastWorkingDayBy(due), true);
    else if (due !== undefined) s.planSamtale(c, due);
    if (teamDue !== undefined) {
      const at = day + Math.floor(draw(c, "booking") * Math.max(teamDue - day, 0));
      sim.at(at, Priority.NORMAL, s.rehabiliteringsteam, c);
    }
    // SDL §12 stk. 3: a kat 1 case still sick after week 8 is visited again.
    if (c.kategori === 1 && c.state.status === "sygemeldt")
      sim.at(Math.max(day, c.firstAbsenceDay + s.kat1RevisitDay), Priority.LOW, s.revisitKat1, c);
    resumeSamarbejdsmoeder(c);
    if (c.state.status === "sygemeldt" && c.state.revurderingOutcome === undefined)
      s.planRevurdering(c);
    // Revurdering decided jobafklaring, which starts the day after the stop day (laterSickSteps.ts).
    if (c.state.status === "sygemeldt" && c.state.revurderingOutcome === "jobafklaring") {
      const stop = sygedagpengeStopDay(c.regime, c.state.employment ?? "ansat", c.firstAbsenceDay);
      sim.at(Math.max(day, lastWorkingDayBy(stop) + 1), Priority.NORMAL, s.startJobafklaring, c);
    }
    c.raskHandle = sim.at(Math.max(day, c.raskDay), Priority.NORMAL, s.rask, c);
  };
};
