/** Danish labels of case events for messages, charts and docs (docs/glossary.md has the terms and their sources). */
import type { CaseEventTag } from "./caseEventFields";

export const EVENT_LABELS: Readonly<Record<CaseEventTag, string>> = {
  SygemeldingReceived: "sygemelding modtaget",
  AnsaettelseEnded: "ansættelse ophørt",
  VisitationCompleted: "visitation",
  OpfoelgningssamtaleHeld: "opfølgningssamtale",
  FastTrackRequested: "fast track anmodet",
  DelvisRaskmeldingRegistered: "delvis raskmelding",
  RevurderingCompleted: "revurdering",
  JobafklaringStarted: "jobafklaringsforløb startet",
  RehabiliteringsteamMoedeHeld: "rehabiliteringsteammøde",
  CvUpdated: "CV opdateret",
  JobmaalAgreed: "jobmål aftalt",
  PraktikStarted: "praktik startet",
  PraktikEnded: "praktik afsluttet",
  RaskmeldingRegistered: "raskmelding",
  VirksomhedsserviceHandoffRequested: "henvist til virksomhedsservice",
  VirksomhedsserviceContactMade: "kontakt med virksomhedsservice",
  VirksomhedsrettetTilbudStarted: "virksomhedsrettet tilbud startet",
  JobStarted: "job startet",
  CaseClosed: "sag afsluttet",
  SamarbejdsmoedeHeld: "samarbejdsmøde",
  SagsgennemgangCompleted: "sagsgennemgang",
};

/** The label, or the tag itself for an unknown one. */
export const eventLabel = (tag: string): string => EVENT_LABELS[tag as CaseEventTag] ?? tag;
