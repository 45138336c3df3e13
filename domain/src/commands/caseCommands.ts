/** Case commands (`<Verb><Noun>`): same payload as the event they request, with `date` as "now". */
import { Schema } from "effect";
import type { CaseEventOf } from "../events/caseEvents";
import { type CaseEventTag, caseEventFields } from "../events/caseEventFields";

/** Which event each command asks for. */
export const caseCommandEvent = {
  ReceiveSygemelding: "SygemeldingReceived",
  EndAnsaettelse: "AnsaettelseEnded",
  CompleteVisitation: "VisitationCompleted",
  HoldOpfoelgningssamtale: "OpfoelgningssamtaleHeld",
  RequestFastTrack: "FastTrackRequested",
  RegisterDelvisRaskmelding: "DelvisRaskmeldingRegistered",
  CompleteRevurdering: "RevurderingCompleted",
  StartJobafklaring: "JobafklaringStarted",
  HoldRehabiliteringsteamMoede: "RehabiliteringsteamMoedeHeld",
  UpdateCv: "CvUpdated",
  AgreeJobmaal: "JobmaalAgreed",
  StartPraktik: "PraktikStarted",
  EndPraktik: "PraktikEnded",
  RegisterRaskmelding: "RaskmeldingRegistered",
  RequestVirksomhedsserviceHandoff: "VirksomhedsserviceHandoffRequested",
  MakeVirksomhedsserviceContact: "VirksomhedsserviceContactMade",
  StartVirksomhedsrettetTilbud: "VirksomhedsrettetTilbudStarted",
  StartJob: "JobStarted",
  CloseCase: "CaseClosed",
  HoldSamarbejdsmoede: "SamarbejdsmoedeHeld",
  CompleteSagsgennemgang: "SagsgennemgangCompleted",
} as const satisfies Record<string, CaseEventTag>;

export type CaseCommandTag = keyof typeof caseCommandEvent;

/** A case command: the payload of its event, tagged with the command name. */
export type CaseCommand = {
  readonly [C in CaseCommandTag]: Omit<CaseEventOf<(typeof caseCommandEvent)[C]>, "_tag"> & {
    readonly _tag: C;
  };
}[CaseCommandTag];

/** The command with tag `T`. */
export type CaseCommandOf<T extends CaseCommandTag> = Extract<CaseCommand, { readonly _tag: T }>;

/** Boundary schema for commands arriving over HTTP/CLI (decode once, then call `decide`). */
export const CaseCommand = Schema.Union(
  (Object.keys(caseCommandEvent) as Array<CaseCommandTag>).map((tag) =>
    Schema.TaggedStruct(tag, caseEventFields[caseCommandEvent[tag]]),
  ),
) as unknown as Schema.Codec<CaseCommand, unknown>;
