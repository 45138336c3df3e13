/** `evolve` for case streams: applies one event to the state. Total: unknown or out-of-place events only move time. */
import type { CaseEvent } from "../events/caseEvents";
import { regimeById, regimeFor } from "../rules/regimeFor";
import { toEpochDay } from "../time/epochDay";
import type { CaseState } from "./caseState";

type Draft = { -readonly [K in keyof CaseState]: CaseState[K] };

/**
 * A fresh copy of `s` with `lastDay`, written out field by field in the key order of `initialCaseState`. A spread
 * (`{ ...s, lastDay }`) copies through V8's generic clone path once states of several shapes meet it and cost
 * about 25 times as much; the copy is new and unshared, so setting its fields before returning keeps evolve pure.
 */
const copy = (s: CaseState, lastDay: number): Draft => ({
  status: s.status,
  caseId: s.caseId,
  regime: s.regime,
  employment: s.employment,
  ledig: s.ledig,
  firstAbsenceDay: s.firstAbsenceDay,
  lastDay,
  kategori: s.kategori,
  fastTrackDay: s.fastTrackDay,
  revurderingOutcome: s.revurderingOutcome,
  jobafklaringDay: s.jobafklaringDay,
  raskmeldingDay: s.raskmeldingDay,
  praktikActive: s.praktikActive,
  handoffDay: s.handoffDay,
  jobDay: s.jobDay,
  closedDay: s.closedDay,
  samtaler: s.samtaler,
});

/** Applies `event` to `state`, returning a new state (`state` itself when the event changes nothing). */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  const day = toEpochDay(event.date);
  const lastDay = day > state.lastDay ? day : state.lastDay;
  switch (event._tag) {
    case "SygemeldingReceived": {
      const next = copy(state, lastDay);
      const first = toEpochDay(event.firstAbsenceDay);
      next.status = "sygemeldt";
      next.caseId = event.caseId;
      next.regime = event.regime !== undefined ? regimeById(event.regime) : regimeFor(first);
      next.employment = event.employment;
      next.ledig =
        event.employment === "ledig-forsikret" || event.employment === "ledig-uforsikret";
      next.firstAbsenceDay = first;
      return next;
    }
    case "AnsaettelseEnded": {
      const next = copy(state, lastDay);
      next.ledig = true;
      return next;
    }
    case "VisitationCompleted": {
      const next = copy(state, lastDay);
      next.kategori = event.kategori;
      return next;
    }
    case "OpfoelgningssamtaleHeld": {
      const next = copy(state, lastDay);
      next.samtaler = state.samtaler + 1;
      return next;
    }
    case "FastTrackRequested": {
      const next = copy(state, lastDay);
      next.fastTrackDay = day;
      return next;
    }
    case "RevurderingCompleted": {
      const next = copy(state, lastDay);
      next.revurderingOutcome = event.outcome;
      return next;
    }
    case "JobafklaringStarted": {
      const next = copy(state, lastDay);
      next.status = "jobafklaring";
      next.jobafklaringDay = day;
      return next;
    }
    case "PraktikStarted": {
      const next = copy(state, lastDay);
      next.praktikActive = true;
      return next;
    }
    case "PraktikEnded": {
      const next = copy(state, lastDay);
      next.praktikActive = false;
      return next;
    }
    case "RaskmeldingRegistered": {
      const next = copy(state, lastDay);
      next.status = "raskmeldt";
      next.raskmeldingDay = day;
      return next;
    }
    case "VirksomhedsserviceHandoffRequested": {
      const next = copy(state, lastDay);
      next.handoffDay = state.handoffDay ?? day;
      return next;
    }
    case "JobStarted": {
      const next = copy(state, lastDay);
      next.jobDay = day;
      return next;
    }
    case "CaseClosed": {
      const next = copy(state, lastDay);
      next.status = "closed";
      next.closedDay = day;
      return next;
    }
    default:
      return lastDay === state.lastDay ? state : copy(state, lastDay);
  }
};
