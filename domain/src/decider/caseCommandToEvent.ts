/**
 * The event a command records: the command's own fields, in its key order, under the event's tag. One spread per
 * command tag, so every spread site sees few object shapes and V8 copies on its fast path (a single shared spread
 * over all 21 command shapes went megamorphic and cost a runtime call per command).
 */
import type { CaseCommand } from "../commands/caseCommands";
import type { CaseEvent } from "../events/caseEvents";

export const caseCommandToEvent = (cmd: CaseCommand): CaseEvent => {
  switch (cmd._tag) {
    case "ReceiveSygemelding":
      return { ...cmd, _tag: "SygemeldingReceived" };
    case "EndAnsaettelse":
      return { ...cmd, _tag: "AnsaettelseEnded" };
    case "CompleteVisitation":
      return { ...cmd, _tag: "VisitationCompleted" };
    case "HoldOpfoelgningssamtale":
      return { ...cmd, _tag: "OpfoelgningssamtaleHeld" };
    case "RequestFastTrack":
      return { ...cmd, _tag: "FastTrackRequested" };
    case "RegisterDelvisRaskmelding":
      return { ...cmd, _tag: "DelvisRaskmeldingRegistered" };
    case "CompleteRevurdering":
      return { ...cmd, _tag: "RevurderingCompleted" };
    case "StartJobafklaring":
      return { ...cmd, _tag: "JobafklaringStarted" };
    case "HoldRehabiliteringsteamMoede":
      return { ...cmd, _tag: "RehabiliteringsteamMoedeHeld" };
    case "UpdateCv":
      return { ...cmd, _tag: "CvUpdated" };
    case "AgreeJobmaal":
      return { ...cmd, _tag: "JobmaalAgreed" };
    case "StartPraktik":
      return { ...cmd, _tag: "PraktikStarted" };
    case "EndPraktik":
      return { ...cmd, _tag: "PraktikEnded" };
    case "RegisterRaskmelding":
      return { ...cmd, _tag: "RaskmeldingRegistered" };
    case "RequestVirksomhedsserviceHandoff":
      return { ...cmd, _tag: "VirksomhedsserviceHandoffRequested" };
    case "MakeVirksomhedsserviceContact":
      return { ...cmd, _tag: "VirksomhedsserviceContactMade" };
    case "StartVirksomhedsrettetTilbud":
      return { ...cmd, _tag: "VirksomhedsrettetTilbudStarted" };
    case "StartJob":
      return { ...cmd, _tag: "JobStarted" };
    case "CloseCase":
      return { ...cmd, _tag: "CaseClosed" };
    case "HoldSamarbejdsmoede":
      return { ...cmd, _tag: "SamarbejdsmoedeHeld" };
    case "CompleteSagsgennemgang":
      return { ...cmd, _tag: "SagsgennemgangCompleted" };
  }
};
