/**
 * One pass over a stored case's events into the flat facts calibration needs (epoch days): attributes at
 * receipt, first day of each step, and the revurdering outcome. History and simulated cases read alike.
 */
import { type CaseEvent, toEpochDay } from "@sagsflow/domain";

export interface CaseRecord {
  readonly caseId: string;
  readonly firstAbsenceDay: number;
  readonly receivedDay: number;
  readonly employment: string;
  readonly ageBand: string;
  readonly diagnosisGroup: string;
  readonly sector: string;
  readonly kategori: number | undefined;
  readonly expectedRaskDay: number | undefined;
  readonly dismissalDay: number | undefined;
  readonly fastTrack: boolean;
  readonly delvis: boolean;
  readonly praktikDay: number | undefined;
  readonly praktikEndDay: number | undefined;
  readonly revurderingOutcome: string | undefined;
  readonly raskmeldingDay: number | undefined;
  readonly cvDay: number | undefined;
  readonly handoffDay: number | undefined;
  readonly contactDay: number | undefined;
  readonly jobDay: number | undefined;
  /** The job filled a rekrutteringsanmodning (matching), not the citizen's own search. */
  readonly jobViaRekruttering: boolean;
  readonly closedDay: number | undefined;
  readonly closeReason: string | undefined;
  readonly lastDay: number;
  /** Days of meetings that take a sagsbehandler desk slot (samtale, revurdering, samarbejdsmøde). */
  readonly caseworkerMeetingDays: ReadonlyArray<number>;
  readonly jobmaalDay: number | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const firstOf = (current: number | undefined, day: number): number => current ?? day;

const stepFor = (r: Mutable<CaseRecord>, meetings: number[], e: CaseEvent, day: number): void => {
  switch (e._tag) {
    case "VisitationCompleted":
      r.kategori ??= e.kategori;
      if (r.expectedRaskDay === undefined && e.expectedRaskmelding !== undefined)
        r.expectedRaskDay = toEpochDay(e.expectedRaskmelding);
      return;
    case "AnsaettelseEnded":
      r.dismissalDay = firstOf(r.dismissalDay, day);
      return;
    case "FastTrackRequested":
      r.fastTrack = true;
      return;
    case "DelvisRaskmeldingRegistered":
      r.delvis = true;
      return;
    case "PraktikStarted":
      r.praktikDay = firstOf(r.praktikDay, day);
      return;
    case "RevurderingCompleted":
      r.revurderingOutcome ??= e.outcome;
      meetings.push(day);
      return;
    case "OpfoelgningssamtaleHeld":
    case "SamarbejdsmoedeHeld":
      meetings.push(day);
      return;
    case "RaskmeldingRegistered":
      r.raskmeldingDay = firstOf(r.raskmeldingDay, day);
      return;
    case "CvUpdated":
      r.cvDay = firstOf(r.cvDay, day);
      return;
    case "JobmaalAgreed":
      r.jobmaalDay = firstOf(r.jobmaalDay, day);
      return;
    case "VirksomhedsserviceHandoffRequested":
      r.handoffDay = firstOf(r.handoffDay, day);
      return;
    case "VirksomhedsserviceContactMade":
      r.contactDay = firstOf(r.contactDay, day);
      return;
    case "PraktikEnded":
      r.praktikEndDay = firstOf(r.praktikEndDay, day);
      return;
    case "JobStarted":
      r.jobDay = firstOf(r.jobDay, day);
      r.jobViaRekruttering = e.rekrutteringId !== undefined;
      return;
    case "CaseClosed":
      r.closedDay = firstOf(r.closedDay, day);
      r.closeReason ??= e.reason;
      return;
    default:
  }
};

/** The record of a case, or undefined for a stream without a SygemeldingReceived. */
export const caseRecord = (events: ReadonlyArray<CaseEvent>): CaseRecord | undefined => {
  const start = events.find((e) => e._tag === "SygemeldingReceived");
  if (start === undefined || start._tag !== "SygemeldingReceived") return undefined;
  const meetings: number[] = [];
  const r: Mutable<CaseRecord> = {
    caseId: start.caseId,
    firstAbsenceDay: toEpochDay(start.firstAbsenceDay),
    receivedDay: toEpochDay(start.date),
    employment: start.employment,
    ageBand: start.ageBand,
    diagnosisGroup: start.diagnosisGroup,
    sector: start.sector,
    kategori: undefined,
    expectedRaskDay: undefined,
    dismissalDay: undefined,
    fastTrack: false,
    delvis: false,
    praktikDay: undefined,
    praktikEndDay: undefined,
    revurderingOutcome: undefined,
    raskmeldingDay: undefined,
    cvDay: undefined,
    handoffDay: undefined,
    contactDay: undefined,
    jobDay: undefined,
    jobViaRekruttering: false,
    closedDay: undefined,
    closeReason: undefined,
    lastDay: Number.NEGATIVE_INFINITY,
    caseworkerMeetingDays: meetings,
    jobmaalDay: undefined,
  };
  for (const e of events) {
    const day = toEpochDay(e.date);
    r.lastDay = Math.max(r.lastDay, day);
    stepFor(r, meetings, e, day);
  }
  return r;
};

export const isLedigEmployment = (employment: string): boolean =>
  employment === "ledig-forsikret" || employment === "ledig-uforsikret";
