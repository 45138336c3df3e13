/** `evolve` for case streams: applies one event to the state. Total: unknown or out-of-place events only move time. */
import type { CaseEvent } from "../events/caseEvents";
import { regimeById, regimeFor } from "../rules/regimeFor";
import { toEpochDay } from "../time/epochDay";
import type { CaseState } from "./caseState";

/** Applies `event` to `state`, returning a new state. */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  const day = toEpochDay(event.date);
  const lastDay = day > state.lastDay ? day : state.lastDay;
  switch (event._tag) {
    case "SygemeldingReceived": {
      const first = toEpochDay(event.firstAbsenceDay);
      const regime = event.regime !== undefined ? regimeById(event.regime) : regimeFor(first);
      const ledig =
        event.employment === "ledig-forsikret" || event.employment === "ledig-uforsikret";
      return {
        ...state,
        lastDay,
        status: "sygemeldt",
        caseId: event.caseId,
        regime,
        employment: event.employment,
        ledig,
        firstAbsenceDay: first,
      };
    }
    case "AnsaettelseEnded":
      return { ...state, lastDay, ledig: true };
    case "VisitationCompleted":
      return { ...state, lastDay, kategori: event.kategori };
    case "OpfoelgningssamtaleHeld":
      return { ...state, lastDay, samtaler: state.samtaler + 1 };
    case "FastTrackRequested":
      return { ...state, lastDay, fastTrackDay: day };
    case "RevurderingCompleted":
      return { ...state, lastDay, revurderingOutcome: event.outcome };
    case "JobafklaringStarted":
      return { ...state, lastDay, status: "jobafklaring", jobafklaringDay: day };
    case "PraktikStarted":
      return { ...state, lastDay, praktikActive: true };
    case "PraktikEnded":
      return { ...state, lastDay, praktikActive: false };
    case "RaskmeldingRegistered":
      return { ...state, lastDay, status: "raskmeldt", raskmeldingDay: day };
    case "VirksomhedsserviceHandoffRequested":
      return { ...state, lastDay, handoffDay: state.handoffDay ?? day };
    case "JobStarted":
      return { ...state, lastDay, jobDay: day };
    case "CaseClosed":
      return { ...state, lastDay, status: "closed", closedDay: day };
    default:
      return lastDay === state.lastDay ? state : { ...state, lastDay };
  }
};
