/**
 * Payload fields of every case event, keyed by event tag. Events and commands share these
 * fields, so one table defines both (see caseEvents.ts and caseCommands.ts).
 */
import { Schema } from "effect";
import { IsoDate } from "../time/isoDate";
import * as V from "./vocabulary";

const base = { caseId: Schema.String, date: IsoDate };
/** Samtale-like events name the caseworker (XES `org:resource`). */
const withResource = { ...base, resource: Schema.optionalKey(Schema.String) };
const WeeklyHours = Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 37 })));

export const caseEventFields = {
  SygemeldingReceived: {
    ...base,
    firstAbsenceDay: IsoDate,
    employment: V.Beskaeftigelsesstatus,
    ageBand: V.Aldersgruppe,
    diagnosisGroup: V.Diagnosegruppe,
    /** Sector / jobmål area, free text code (e.g. "sundhed"). */
    sector: Schema.String,
    /** Explicit regime override; otherwise chosen by first absence day. */
    regime: Schema.optionalKey(V.RegimeId),
  },
  AnsaettelseEnded: { ...base, akasseMedlem: Schema.Boolean },
  VisitationCompleted: {
    ...withResource,
    kategori: V.Kategori,
    expectedRaskmelding: Schema.optionalKey(IsoDate),
    /** SDL §13f (2025+): employed, predictable course, back within 13 weeks: one samtale. */
    forudsigeligtForloeb: Schema.optionalKey(Schema.Boolean),
  },
  OpfoelgningssamtaleHeld: { ...withResource, form: Schema.optionalKey(V.SamtaleForm) },
  FastTrackRequested: { ...base, requestedBy: V.FastTrackAnmoder },
  DelvisRaskmeldingRegistered: { ...withResource, workHoursPerWeek: WeeklyHours },
  RevurderingCompleted: {
    ...withResource,
    outcome: V.RevurderingUdfald,
    ground: Schema.optionalKey(V.Paragraf27Grund),
  },
  JobafklaringStarted: { ...withResource, tvaerfagligIndsats: Schema.optionalKey(Schema.Boolean) },
  RehabiliteringsteamMoedeHeld: { ...withResource },
  CvUpdated: { ...base },
  JobmaalAgreed: { ...withResource, jobmaal: Schema.String },
  PraktikStarted: {
    ...withResource,
    kind: V.PraktikType,
    employerId: Schema.optionalKey(Schema.String),
  },
  PraktikEnded: { ...base },
  RaskmeldingRegistered: { ...base },
  VirksomhedsserviceHandoffRequested: { ...withResource },
  VirksomhedsserviceContactMade: { ...withResource },
  VirksomhedsrettetTilbudStarted: {
    ...withResource,
    kind: V.TilbudType,
    employerId: Schema.optionalKey(Schema.String),
  },
  JobStarted: {
    ...base,
    hoursPerWeek: Schema.optionalKey(WeeklyHours),
    rekrutteringId: Schema.optionalKey(Schema.String),
  },
  CaseClosed: { ...base, reason: V.Lukkeaarsag },
  /** Cross-department meeting; never counts as a lovpligtig opfølgningssamtale. */
  SamarbejdsmoedeHeld: { ...withResource },
  /** External review of a backlog case (Skanderborg practice). */
  SagsgennemgangCompleted: { ...withResource },
} as const;

export type CaseEventTag = keyof typeof caseEventFields;
export const caseEventTags = Object.keys(caseEventFields) as ReadonlyArray<CaseEventTag>;
