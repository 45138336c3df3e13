/** Case stream events (`sag-<caseId>`): one tagged struct per event, `CaseEvent` the union. Tags are a storage contract. */
import { Schema } from "effect";
import { caseEventFields as F } from "./caseEventFields";

export const SygemeldingReceived = Schema.TaggedStruct(
  "SygemeldingReceived",
  F.SygemeldingReceived,
);
export const AnsaettelseEnded = Schema.TaggedStruct("AnsaettelseEnded", F.AnsaettelseEnded);
export const VisitationCompleted = Schema.TaggedStruct(
  "VisitationCompleted",
  F.VisitationCompleted,
);
export const OpfoelgningssamtaleHeld = Schema.TaggedStruct(
  "OpfoelgningssamtaleHeld",
  F.OpfoelgningssamtaleHeld,
);
export const FastTrackRequested = Schema.TaggedStruct("FastTrackRequested", F.FastTrackRequested);
export const DelvisRaskmeldingRegistered = Schema.TaggedStruct(
  "DelvisRaskmeldingRegistered",
  F.DelvisRaskmeldingRegistered,
);
export const RevurderingCompleted = Schema.TaggedStruct(
  "RevurderingCompleted",
  F.RevurderingCompleted,
);
export const JobafklaringStarted = Schema.TaggedStruct(
  "JobafklaringStarted",
  F.JobafklaringStarted,
);
export const RehabiliteringsteamMoedeHeld = Schema.TaggedStruct(
  "RehabiliteringsteamMoedeHeld",
  F.RehabiliteringsteamMoedeHeld,
);
export const CvUpdated = Schema.TaggedStruct("CvUpdated", F.CvUpdated);
export const JobmaalAgreed = Schema.TaggedStruct("JobmaalAgreed", F.JobmaalAgreed);
export const PraktikStarted = Schema.TaggedStruct("PraktikStarted", F.PraktikStarted);
export const PraktikEnded = Schema.TaggedStruct("PraktikEnded", F.PraktikEnded);
export const RaskmeldingRegistered = Schema.TaggedStruct(
  "RaskmeldingRegistered",
  F.RaskmeldingRegistered,
);
export const VirksomhedsserviceHandoffRequested = Schema.TaggedStruct(
  "VirksomhedsserviceHandoffRequested",
  F.VirksomhedsserviceHandoffRequested,
);
export const VirksomhedsserviceContactMade = Schema.TaggedStruct(
  "VirksomhedsserviceContactMade",
  F.VirksomhedsserviceContactMade,
);
export const VirksomhedsrettetTilbudStarted = Schema.TaggedStruct(
  "VirksomhedsrettetTilbudStarted",
  F.VirksomhedsrettetTilbudStarted,
);
export const JobStarted = Schema.TaggedStruct("JobStarted", F.JobStarted);
export const CaseClosed = Schema.TaggedStruct("CaseClosed", F.CaseClosed);
export const SamarbejdsmoedeHeld = Schema.TaggedStruct(
  "SamarbejdsmoedeHeld",
  F.SamarbejdsmoedeHeld,
);
export const SagsgennemgangCompleted = Schema.TaggedStruct(
  "SagsgennemgangCompleted",
  F.SagsgennemgangCompleted,
);

/** Every event of a case stream, over the case's whole life. */
export const CaseEvent = Schema.Union([
  SygemeldingReceived,
  AnsaettelseEnded,
  VisitationCompleted,
  OpfoelgningssamtaleHeld,
  FastTrackRequested,
  DelvisRaskmeldingRegistered,
  RevurderingCompleted,
  JobafklaringStarted,
  RehabiliteringsteamMoedeHeld,
  CvUpdated,
  JobmaalAgreed,
  PraktikStarted,
  PraktikEnded,
  RaskmeldingRegistered,
  VirksomhedsserviceHandoffRequested,
  VirksomhedsserviceContactMade,
  VirksomhedsrettetTilbudStarted,
  JobStarted,
  CaseClosed,
  SamarbejdsmoedeHeld,
  SagsgennemgangCompleted,
]);
export type CaseEvent = typeof CaseEvent.Type;

/** The case event with tag `T`. */
export type CaseEventOf<T extends CaseEvent["_tag"]> = Extract<CaseEvent, { readonly _tag: T }>;
