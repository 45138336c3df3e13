/**
 * The ledig path: the levers that act during sickness (early CV, early jobmål instead of praktik, virksomhedsservice
 * before raskmelding), then after raskmelding the a-kasse period, CV, jobmål, handoff to virksomhedsservice,
 * virksomhedsrettet tilbud and job. Organisation decides whether handoffs wait in another role's queue.
 */
import { aKasseHoldsFirstMonths } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { draw, intBetween } from "./citizenDraws";
import { retimeJob } from "./jobSearch";
import {
  apply,
  isSick,
  iso,
  type ModelContext,
  requestMeeting,
  type Task,
  today,
} from "./modelContext";

export interface LedigPhaseHooks {
  /** The citizen can now fill a rekrutteringsanmodning (raskmeldt, CV, jobmål, known to virksomhedsservice). */
  readonly candidateReady: (c: Citizen) => void;
  /** A praktik was planned (it holds the raskmelding until it ends), started or ended. */
  readonly raskMoved: (c: Citizen) => void;
  /** Ends the case: in a job, or without one on another ydelse (caseOutcomes.ts). */
  readonly endCase: (c: Citizen, reason: "job" | "anden-ydelse") => void;
}

/** Weeks of ledighed before løntilskud for dagpenge recipients (domain.md §2: about 26 weeks). */
const LOENTILSKUD_AFTER_DAYS = 182;
const HANDOFF_DUE_DAYS = 14;

export const makeLedigPhase = (ctx: ModelContext, hooks: LedigPhaseHooks) => {
  const { sim, params } = ctx;
  const { levers } = params;
  const resultatteam = levers.organisation === "resultatteam";
  // A resultatteam shares one desk: no handoff waits in another role's queue (seed 001).
  const jobDesk = resultatteam ? ctx.desks.sagsbehandler : ctx.desks.jobkonsulent;
  const vsDesk = resultatteam ? ctx.desks.sagsbehandler : ctx.desks.virksomhedskonsulent;

  const isReady = (c: Citizen): boolean =>
    !c.closed &&
    c.state.status === "raskmeldt" &&
    c.cvDay !== undefined &&
    c.jobmaalDay !== undefined &&
    c.vsContactDay !== undefined;

  const job: Handler<Citizen> = (c) => {
    c.jobHandle = -1;
    if (c.closed || c.state.status !== "raskmeldt") return;
    startJob(c, undefined);
  };

  const startJob = (c: Citizen, rekrutteringId: string | undefined): void => {
    const date = iso(today(ctx));
    apply(c, {
      _tag: "StartJob",
      caseId: c.caseId,
      date,
      ...(rekrutteringId === undefined ? {} : { rekrutteringId }),
    });
    hooks.endCase(c, "job");
  };

  const progressed = (c: Citizen): void => {
    retimeJob(sim, c, params, job);
    if (isReady(c)) hooks.candidateReady(c);
  };

  const updateCv: Handler<Citizen> = (c) => {
    if (c.closed || c.cvDay !== undefined || !c.state.ledig) return;
    apply(c, { _tag: "UpdateCv", caseId: c.caseId, date: iso(today(ctx)) });
    c.cvDay = today(ctx);
    progressed(c);
  };

  const requestHandoff = (c: Citizen): void => {
    if (c.handoffQueued || c.vsContactDay !== undefined || c.closed) return;
    c.handoffQueued = true;
    const day = today(ctx);
    apply(c, {
      _tag: "RequestVirksomhedsserviceHandoff",
      caseId: c.caseId,
      date: iso(day),
      resource: "sagsbehandler",
    });
    // Sequential handoff: virksomhedsservice books its first meeting some days out; a resultatteam already knows the citizen.
    const booked = resultatteam
      ? day
      : day + intBetween(params.ledig.handoffDays, draw(c, "handoff"));
    requestMeeting(ctx, vsDesk, c, "vsContact", booked, booked + HANDOFF_DUE_DAYS);
  };
  const handoff: Handler<Citizen> = (c) => requestHandoff(c);

  const agreeJobmaal = (c: Citizen, day: number, resource: string): void => {
    apply(c, {
      _tag: "AgreeJobmaal",
      caseId: c.caseId,
      date: iso(day),
      jobmaal: c.sector,
      resource,
    });
    c.jobmaalDay = day;
  };

  const startTilbud: Handler<Citizen> = (c) => {
    if (c.closed || c.state.status !== "raskmeldt") return;
    const ledigDays = today(ctx) - c.raskDay;
    const kind =
      !c.forsikret || ledigDays >= LOENTILSKUD_AFTER_DAYS ? "loentilskud" : "virksomhedspraktik";
    apply(c, {
      _tag: "StartVirksomhedsrettetTilbud",
      caseId: c.caseId,
      date: iso(today(ctx)),
      kind,
      resource: "virksomhedskonsulent",
    });
  };

  const planTilbud = (c: Citizen, from: number): void => {
    if (draw(c, "tilbud") >= params.ledig.tilbudShare) return;
    sim.at(from + 14 + Math.floor(draw(c, "tilbudDelay") * 28), Priority.NORMAL, startTilbud, c);
  };

  /** Jobcenter takes over after the a-kasse period: jobmål first (unless agreed already), then the handoff. */
  const jobcenterStart: Handler<Citizen> = (c) => {
    if (c.closed) return;
    const day = today(ctx);
    if (c.jobmaalDay === undefined) {
      const planned = day + intBetween(params.ledig.jobmaalDays, draw(c, "jobmaal"));
      requestMeeting(ctx, jobDesk, c, "jobmaal", planned, planned + 7);
    } else requestHandoff(c);
  };

  /** Still without a job after maxLedigWeeks: the case ends on another ydelse (a-dagpenge, kontanthjælp). */
  const closeWithoutJob: Handler<Citizen> = (c) => hooks.endCase(c, "anden-ydelse");

  const ledigRaskmeldt = (c: Citizen): void => {
    const day = today(ctx);
    if (c.cvDay === undefined)
      sim.at(day + intBetween(params.ledig.cvDays, draw(c, "cv")), Priority.NORMAL, updateCv, c);
    if (c.vsContactDay === undefined && !c.handoffQueued) {
      // Only under the forenklet kontaktforløb does the a-kasse hold the first months (domain rules/kontaktforloeb.ts).
      const aKasse = c.forsikret && aKasseHoldsFirstMonths(day) ? params.ledig.aKasseWeeks * 7 : 0;
      sim.at(day + aKasse, Priority.NORMAL, jobcenterStart, c);
    } else if (c.vsContactDay !== undefined) planTilbud(c, day);
    sim.at(day + params.ledig.maxLedigWeeks * 7, Priority.LOW, closeWithoutJob, c);
    progressed(c);
  };

  const endPraktik: Handler<Citizen> = (c) => {
    if (c.closed || !c.state.praktikActive) return;
    apply(c, { _tag: "EndPraktik", caseId: c.caseId, date: iso(today(ctx)) });
    hooks.raskMoved(c);
  };
  const startPraktik: Handler<Citizen> = (c) => {
    if (c.closed || !isSick(c) || c.jobmaalDay !== undefined) return;
    apply(c, {
      _tag: "StartPraktik",
      caseId: c.caseId,
      date: iso(today(ctx)),
      kind: "arbejdsproevning",
      resource: "sagsbehandler",
    });
    hooks.raskMoved(c);
  };

  /** Ledig while sick: early CV, early jobmål (replacing praktik) or the baseline praktik, early virksomhedsservice. */
  const whileSickAndLedig = (c: Citizen): void => {
    const day = today(ctx);
    // The praktik comes first: it can move the raskmelding, and the other steps are timed against it.
    if (levers.earlyJobmaalWeek === null) planPraktik(c, day);
    const booking = Math.floor(draw(c, "booking") * 7);
    if (levers.earlyCvWeek !== null) {
      const at = Math.max(day, c.firstAbsenceDay + levers.earlyCvWeek * 7) + booking;
      if (at < c.raskDay) sim.at(at, Priority.NORMAL, updateCv, c);
    }
    if (levers.earlyJobmaalWeek !== null) {
      const at = Math.max(day, c.firstAbsenceDay + levers.earlyJobmaalWeek * 7);
      if (at < c.raskDay)
        requestMeeting(ctx, ctx.desks.sagsbehandler, c, "earlyJobmaal", at, at + 14);
    }
    if (levers.vsWeeksBeforeRaskmelding > 0) {
      const at = Math.max(day, c.expectedRaskDay - levers.vsWeeksBeforeRaskmelding * 7);
      if (at < c.raskDay) sim.at(at, Priority.NORMAL, handoff, c);
    }
  };

  /** Baseline: a long arbejdsprøvning towards the end of sickness; raskmelding waits for it to end (seed 000). */
  const planPraktik = (c: Citizen, day: number): void => {
    if (draw(c, "praktik") >= params.ledig.praktikShare) return;
    const start = Math.max(day + 7, c.expectedRaskDay - 42);
    if (start >= c.raskDay) return;
    const end = start + intBetween(params.ledig.praktikWeeks, draw(c, "praktikLength")) * 7;
    sim.at(start, Priority.NORMAL, startPraktik, c);
    sim.at(end, Priority.HIGH, endPraktik, c);
    c.raskHeldUntil = end;
    if (end > c.raskDay) hooks.raskMoved(c);
  };

  /** Desk work for ledig-path meetings; false when the case has moved on. */
  const serve = (task: Task, day: number): boolean => {
    const c = task.citizen;
    if (c.closed) return false;
    if (task.kind === "earlyJobmaal") {
      if (!isSick(c) || c.jobmaalDay !== undefined || task.token !== c.token) return false;
      agreeJobmaal(c, day, "sagsbehandler");
      return true;
    }
    if (task.kind === "jobmaal") {
      if (c.jobmaalDay === undefined)
        agreeJobmaal(c, day, resultatteam ? "resultatteam" : "jobkonsulent");
      requestHandoff(c);
      return true;
    }
    if (task.kind === "vsContact") {
      apply(c, {
        _tag: "MakeVirksomhedsserviceContact",
        caseId: c.caseId,
        date: iso(day),
        resource: resultatteam ? "resultatteam" : "virksomhedskonsulent",
      });
      c.vsContactDay = day;
      if (c.jobmaalDay === undefined) agreeJobmaal(c, day, "virksomhedskonsulent");
      if (c.state.status === "raskmeldt") planTilbud(c, day);
      progressed(c);
      return true;
    }
    return false;
  };

  return { whileSickAndLedig, ledigRaskmeldt, serve, startJob, isReady };
};
