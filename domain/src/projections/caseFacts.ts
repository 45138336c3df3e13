/** One pass over a case's events, collecting the facts every projection needs (epoch days, counts). */
import type { CaseEvent } from "../events/caseEvents";
import type { Beskaeftigelsesstatus, Kategori, Lukkeaarsag } from "../events/vocabulary";
import type { Regime } from "../rules/regime";
import { regimeById, regimeFor } from "../rules/regimeFor";
import { toEpochDay } from "../time/epochDay";

export interface CaseFacts {
  readonly caseId: string;
  readonly regime: Regime;
  readonly employment: Beskaeftigelsesstatus;
  readonly firstAbsenceDay: number;
  readonly receivedDay: number;
  /** Day the citizen became ledig (sygemelding day for ledige); undefined for ansatte still employed. */
  ledigDay: number | undefined;
  akasseMedlem: boolean;
  /** Visitations in order: day, kategori, expected raskmelding, §13f flag. */
  readonly visitations: Array<{
    day: number;
    kategori: Kategori;
    expected: number | undefined;
    forudsigeligt: boolean;
  }>;
  readonly samtaleDays: Array<number>;
  readonly rehabDays: Array<number>;
  readonly cvDays: Array<number>;
  readonly revurderingDays: Array<number>;
  readonly delvis: Array<{ day: number; workHoursPerWeek: number }>;
  fastTrackDay: number | undefined;
  jobafklaringDay: number | undefined;
  tvaerfaglig: boolean;
  raskmeldingDay: number | undefined;
  handoffDay: number | undefined;
  contactDay: number | undefined;
  /** Days from each handoff request to the first virksomhedsservice contact after it (one wait per request). */
  readonly handoffWaits: Array<number>;
  /** A handoff request not yet answered by a contact. */
  pendingHandoffDay: number | undefined;
  tilbudDay: number | undefined;
  jobDay: number | undefined;
  closedDay: number | undefined;
  closeReason: Lukkeaarsag | undefined;
  /** Count of every event tag (staff time is priced per event). */
  readonly eventCounts: Partial<Record<CaseEvent["_tag"], number>>;
}

const start = (e: CaseEvent & { _tag: "SygemeldingReceived" }): CaseFacts => {
  const first = toEpochDay(e.firstAbsenceDay);
  const ledig = e.employment === "ledig-forsikret" || e.employment === "ledig-uforsikret";
  return {
    caseId: e.caseId,
    regime: e.regime === undefined ? regimeFor(first) : regimeById(e.regime),
    employment: e.employment,
    firstAbsenceDay: first,
    receivedDay: toEpochDay(e.date),
    ledigDay: ledig ? first : undefined,
    akasseMedlem: e.employment === "ledig-forsikret",
    visitations: [],
    samtaleDays: [],
    rehabDays: [],
    cvDays: [],
    revurderingDays: [],
    delvis: [],
    fastTrackDay: undefined,
    jobafklaringDay: undefined,
    tvaerfaglig: false,
    raskmeldingDay: undefined,
    handoffDay: undefined,
    contactDay: undefined,
    handoffWaits: [],
    pendingHandoffDay: undefined,
    tilbudDay: undefined,
    jobDay: undefined,
    closedDay: undefined,
    closeReason: undefined,
    eventCounts: {},
  };
};

const apply = (f: CaseFacts, e: CaseEvent, day: number): void => {
  switch (e._tag) {
    case "AnsaettelseEnded":
      f.ledigDay ??= day;
      f.akasseMedlem = e.akasseMedlem;
      break;
    case "VisitationCompleted": {
      const expected =
        e.expectedRaskmelding === undefined ? undefined : toEpochDay(e.expectedRaskmelding);
      f.visitations.push({
        day,
        kategori: e.kategori,
        expected,
        forudsigeligt: e.forudsigeligtForloeb === true,
      });
      break;
    }
    case "OpfoelgningssamtaleHeld":
      f.samtaleDays.push(day);
      break;
    case "RehabiliteringsteamMoedeHeld":
      f.rehabDays.push(day);
      break;
    case "CvUpdated":
      f.cvDays.push(day);
      break;
    case "RevurderingCompleted":
      f.revurderingDays.push(day);
      break;
    case "DelvisRaskmeldingRegistered":
      f.delvis.push({ day, workHoursPerWeek: e.workHoursPerWeek });
      break;
    case "FastTrackRequested":
      f.fastTrackDay ??= day;
      break;
    case "JobafklaringStarted":
      f.jobafklaringDay ??= day;
      f.tvaerfaglig = e.tvaerfagligIndsats === true;
      break;
    case "RaskmeldingRegistered":
      f.raskmeldingDay ??= day;
      break;
    case "VirksomhedsserviceHandoffRequested":
      f.handoffDay ??= day;
      f.pendingHandoffDay = day;
      break;
    case "VirksomhedsserviceContactMade":
      f.contactDay ??= day;
      if (f.pendingHandoffDay !== undefined) f.handoffWaits.push(day - f.pendingHandoffDay);
      f.pendingHandoffDay = undefined;
      break;
    case "VirksomhedsrettetTilbudStarted":
      f.tilbudDay ??= day;
      break;
    case "JobStarted":
      f.jobDay ??= day;
      break;
    case "CaseClosed":
      f.closedDay ??= day;
      f.closeReason ??= e.reason;
      break;
    default:
      break;
  }
};

/**
 * Collects facts from a case's events up to and including `asOf` (epoch day).
 * Returns undefined when there is no SygemeldingReceived by then.
 */
export const caseFacts = (
  events: ReadonlyArray<CaseEvent>,
  asOf: number = Number.POSITIVE_INFINITY,
): CaseFacts | undefined => {
  let facts: CaseFacts | undefined;
  for (const e of events) {
    const day = toEpochDay(e.date);
    if (day > asOf) continue;
    if (facts === undefined) {
      if (e._tag === "SygemeldingReceived") facts = start(e);
      else continue;
    }
    facts.eventCounts[e._tag] = (facts.eventCounts[e._tag] ?? 0) + 1;
    apply(facts, e, day);
  }
  return facts;
};
