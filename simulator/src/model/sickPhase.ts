/**
 * The sick phase of a case: sygemelding received, visitation, opfølgningssamtaler at the desk, fast-track,
 * dismissal (AnsaettelseEnded), delvis raskmelding, revurdering by the month-end rule, jobafklaring, raskmelding.
 */
import { sygedagpengeStopDay } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { draw } from "./citizenDraws";
import {
  apply,
  isSick,
  iso,
  joinCaseload,
  lastWorkingDayBy,
  leaveCaseload,
  type ModelContext,
  requestMeeting,
  type Task,
  today,
} from "./modelContext";
import type { CaseOutcomes } from "./caseOutcomes";
import { makeLaterSickSteps } from "./laterSickSteps";
import { makeRecoveryEvents } from "./recoveryEvents";
import { makeResumeSickCase } from "./resumeSickCase";
import { firstSamtaleDue, nextSamtaleDue, SAMTALE_PLAN_LEAD_DAYS } from "./samtalePlan";

export interface SickPhaseHooks {
  /** The citizen is (or has just become) ledig while sick: ledig-phase levers plan their steps. */
  readonly whileSickAndLedig: (c: Citizen) => void;
  /** Raskmelding registered for a ledig citizen: the job-search phase begins. */
  readonly ledigRaskmeldt: (c: Citizen) => void;
}

const FAST_TRACK_REQUEST_DAYS = 35;
/** The day after week 8 (day 57 counted from the first absence day as day 1): kat 1 meant back by then (SDL §12). */
const KAT1_REVISIT_DAY = 56;
const FORUDSIGELIGT_WEEKS = 13;

export const makeSickPhase = (ctx: ModelContext, hooks: SickPhaseHooks, outcomes: CaseOutcomes) => {
  const { sim, params } = ctx;
  const desk = ctx.desks.sagsbehandler;

  const planSamtale = (c: Citizen, due: number): void => {
    const dueWork = lastWorkingDayBy(due);
    // The first samtale of a kat 2/3 or fast-track case is what an overloaded desk keeps on time first (docs/levers.md);
    // a kat 1 follow-up on the expected raskmelding date may be digital and waits with the rest.
    const first =
      c.state.samtaler === 0 && (c.kategori !== 1 || c.state.fastTrackDay !== undefined);
    requestMeeting(ctx, desk, c, "samtale", dueWork - SAMTALE_PLAN_LEAD_DAYS, dueWork, first);
  };

  const planRevurdering = (c: Citizen): void => {
    const stop = sygedagpengeStopDay(c.regime, c.state.employment ?? "ansat", c.firstAbsenceDay);
    const revurderingDue = lastWorkingDayBy(stop);
    requestMeeting(
      ctx,
      desk,
      c,
      "revurdering",
      revurderingDue - params.revurdering.leadWeeks * 7,
      revurderingDue,
    );
  };

  const rask: Handler<Citizen> = (c) => {
    if (c.closed || !isSick(c) || today(ctx) !== c.raskDay) return;
    apply(c, { _tag: "RegisterRaskmelding", caseId: c.caseId, date: iso(c.raskDay) });
    c.token++;
    leaveCaseload(ctx, c);
    if (c.state.ledig) hooks.ledigRaskmeldt(c);
    else closeCase(c, "raskmeldt");
  };

  const closeCase = outcomes.endCase;

  const recovery = makeRecoveryEvents(ctx, rask);
  const later = makeLaterSickSteps(ctx, closeCase, recovery.retime, (c, day) => {
    outcomes.jobafklaringStarted(c, day);
    if (outcomes.losesJobAtJobafklaring(c)) dismiss(c, sim);
  });

  const dismiss: Handler<Citizen> = (c) => {
    // Already ledig: the job was lost when the spell reached jobafklaring (caseOutcomes.ts).
    if (c.closed || !isSick(c) || c.state.ledig) return;
    apply(c, {
      _tag: "EndAnsaettelse",
      caseId: c.caseId,
      date: iso(today(ctx)),
      akasseMedlem: c.forsikret,
    });
    hooks.whileSickAndLedig(c);
  };

  const delvis: Handler<Citizen> = (c) => {
    if (c.closed || !isSick(c)) return;
    apply(c, {
      _tag: "RegisterDelvisRaskmelding",
      caseId: c.caseId,
      date: iso(today(ctx)),
      workHoursPerWeek: 15,
    });
    recovery.delvisRegistered(c);
  };

  /** Kat 3 goes to the rehabiliteringsteam within 4 weeks of visitation (SDL §13d), booked 1-4 weeks out. */
  const planKat3Team = (c: Citizen, day: number): void => {
    if (c.kategori !== 3 || c.regime.rehabiliteringsteamKat3 === undefined) return;
    sim.at(
      day + 7 + Math.floor(draw(c, "booking") * 20),
      Priority.NORMAL,
      later.rehabiliteringsteam,
      c,
    );
  };

  /** Visitation (or re-visitation) in the citizen's current kategori and expected raskmelding. */
  const visit = (c: Citizen, day: number, forudsigeligt: boolean): void => {
    apply(c, {
      _tag: "CompleteVisitation",
      caseId: c.caseId,
      date: iso(day),
      kategori: c.kategori,
      expectedRaskmelding: iso(c.expectedRaskDay),
      ...(forudsigeligt ? { forudsigeligtForloeb: true } : {}),
    });
  };

  const receive: Handler<Citizen> = (c) => {
    const day = today(ctx);
    joinCaseload(ctx, c);
    outcomes.caseReceived(c, day);
    apply(c, {
      _tag: "ReceiveSygemelding",
      caseId: c.caseId,
      date: iso(day),
      firstAbsenceDay: iso(c.firstAbsenceDay),
      employment: c.employment,
      ageBand: c.aldersgruppe,
      diagnosisGroup: c.diagnosegruppe,
      sector: c.sector,
      ...(ctx.regime === undefined && ctx.regimeByDate === undefined
        ? {}
        : { regime: c.regime.id }),
    });
    // Fast-track exists from 2015 (SDL §7c); earlier regimes have no such request.
    const fastTrack =
      c.regime.fastTrack !== undefined &&
      draw(c, "fastTrack") < params.population.fastTrackShare &&
      day - c.firstAbsenceDay < FAST_TRACK_REQUEST_DAYS;
    const forudsigeligt =
      c.regime.singleSamtale !== undefined &&
      c.state.employment === "ansat" &&
      !c.state.ledig &&
      c.kategori !== 1 &&
      c.expectedRaskDay - day <= FORUDSIGELIGT_WEEKS * 7;
    visit(c, day, forudsigeligt);
    if (fastTrack)
      apply(c, {
        _tag: "RequestFastTrack",
        caseId: c.caseId,
        date: iso(day),
        requestedBy: c.state.ledig ? "borger" : "arbejdsgiver",
      });
    if (fastTrack) recovery.retime(c);
    planSamtale(c, firstSamtaleDue(c, fastTrack ? day : undefined));
    // SDL §12 stk. 3: a kat 1 case still sick after week 8 is visited again (kategori 2 or 3).
    if (c.kategori === 1)
      sim.at(Math.max(day, c.firstAbsenceDay + KAT1_REVISIT_DAY), Priority.LOW, revisitKat1, c);
    planRevurdering(c);
    if (c.kategori === 3) later.planSamarbejdsmoede(c, day - later.halfInterval);
    planKat3Team(c, day);
    c.raskHandle = sim.at(c.raskDay, Priority.NORMAL, rask, c);
    planDismissalAndDelvis(c, day);
    if (c.state.ledig) hooks.whileSickAndLedig(c);
  };

  /** The re-visitation of a kat 1 case still sick at the end of week 8: a long course now, followed up as such. */
  const revisitKat1: Handler<Citizen> = (c) => {
    if (c.closed || c.state.status !== "sygemeldt" || c.kategori !== 1) return;
    const day = today(ctx);
    const kat3 =
      c.regime.kategorier.allowed.includes(3) &&
      draw(c, "kategori3") < params.population.kategori3ShareOfLong;
    c.kategori = kat3 ? 3 : 2;
    // The caseworker now expects the rest of the spell to last as long again as it has (model assumption).
    c.expectedRaskDay = Math.max(c.expectedRaskDay, day + (day - c.firstAbsenceDay));
    visit(c, day, false);
    c.token++;
    const next = nextSamtaleDue(c, day, false);
    planSamtale(c, next ?? day + 28);
    planKat3Team(c, day);
  };

  const planDismissalAndDelvis = (c: Citizen, day: number): void => {
    const span = c.raskDay - day;
    const given = c.givenDismissalDay;
    if (given !== undefined) {
      // A historical case keeps its own dismissal day (counterfactual replay, givenCases.ts).
      if (given !== null && c.state.employment === "ansat" && given < c.raskDay)
        sim.at(Math.max(day, given), Priority.NORMAL, dismiss, c);
    } else if (
      c.state.employment === "ansat" &&
      draw(c, "dismissal") < params.population.dismissalShare
    ) {
      const at = day + Math.floor(draw(c, "dismissalTime") * span);
      if (at < c.raskDay) sim.at(at, Priority.NORMAL, dismiss, c);
    }
    if (draw(c, "delvis") < params.population.delvisRaskmeldingShare) {
      const at = c.raskDay - 14 - Math.floor(draw(c, "delvisTime") * 28);
      if (at > day) sim.at(at, Priority.NORMAL, delvis, c);
    }
  };

  /** Desk work for the sagsbehandler's sick-phase meetings; false when the case has moved on. */
  const serve = (task: Task, day: number): boolean => {
    const c = task.citizen;
    if (c.closed || !isSick(c)) return false;
    if (task.kind === "samtale") {
      if (task.token !== c.token) return false;
      holdSamtale(c, day, "sagsbehandler");
      planNextSamtale(c, day);
      return true;
    }
    if (task.kind === "samarbejdsmoede") return later.serveSamarbejdsmoede(c, day);
    if (task.kind === "revurdering") return later.serveRevurdering(task, day);
    return false;
  };

  /** A praktik was planned, started or ended: the raskmelding follows its hold and the tilbud factor. */
  const rescheduleRask = (c: Citizen): void => recovery.retime(c);

  const holdSamtale = (c: Citizen, day: number, resource: string): void => {
    apply(c, { _tag: "HoldOpfoelgningssamtale", caseId: c.caseId, date: iso(day), resource });
    recovery.samtaleHeld(c, day);
  };

  const planNextSamtale = (c: Citizen, day: number): void => {
    const next = nextSamtaleDue(
      c,
      day,
      c.events.some((e) => e._tag === "VisitationCompleted" && e.forudsigeligtForloeb === true),
    );
    if (next !== undefined) planSamtale(c, next);
  };

  /**
   * An external review (externalReview.ts, seed 003): the reviewer reads the case and holds the trepartssamtale that
   * sets its way forward, outside the caseworker's slots; the case then ends or is re-planned from the review day.
   */
  const review = (c: Citizen, close: boolean): void => {
    if (c.closed || !isSick(c)) return;
    const day = today(ctx);
    apply(c, {
      _tag: "CompleteSagsgennemgang",
      caseId: c.caseId,
      date: iso(day),
      resource: "ekstern",
    });
    c.token++;
    holdSamtale(c, day, "ekstern");
    if (close) closeCase(c, "anden-ydelse");
    else planNextSamtale(c, day);
  };

  const resume = makeResumeSickCase(ctx, {
    planSamtale,
    planRevurdering,
    revisitKat1,
    kat1RevisitDay: KAT1_REVISIT_DAY,
    rehabiliteringsteam: later.rehabiliteringsteam,
    startJobafklaring: later.startJobafklaring,
    planSamarbejdsmoede: later.planSamarbejdsmoede,
    halfInterval: later.halfInterval,
    rask,
    outcomes,
  });

  return { receive, serve, rescheduleRask, review, resume };
};
