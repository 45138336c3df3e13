/** `decide` for case streams: validates a command against the state and the regime's legal order; returns events or a tagged error. */
import { Result } from "effect";
import type { CaseCommand } from "../commands/caseCommands";
import * as E from "../errors/caseErrors";
import type { CaseEvent } from "../events/caseEvents";
import { toEpochDay } from "../time/epochDay";
import { caseCommandToEvent } from "./caseCommandToEvent";
import * as G from "./caseGuards";
import type { CaseState, CaseStatus } from "./caseState";

const SICK: ReadonlyArray<CaseStatus> = ["sygemeldt"];
const SICK_OR_JOBAFKLARING: ReadonlyArray<CaseStatus> = ["sygemeldt", "jobafklaring"];
const OPEN: ReadonlyArray<CaseStatus> = ["sygemeldt", "jobafklaring", "raskmeldt"];

/** The rule check for one command in an open case; undefined when the command is allowed. */
const check = (cmd: CaseCommand, s: CaseState, day: number): E.CaseError | undefined => {
  switch (cmd._tag) {
    case "ReceiveSygemelding":
      return G.err(E.SygemeldingAlreadyReceived, s, "one sygemelding per case stream", cmd.date);
    case "EndAnsaettelse":
      return s.employment === "ansat" && !s.ledig
        ? G.requireStatus(s, cmd, OPEN)
        : G.err(
            E.CitizenNotAnsat,
            s,
            "only an ansat can lose the ansættelse",
            s.ledig ? "ledig" : s.employment,
          );
    case "CompleteVisitation":
      return (
        G.requireStatus(s, cmd, SICK) ??
        G.requireKategoriInRegime(s, cmd.kategori) ??
        (cmd.forudsigeligtForloeb === true ? G.requireForudsigeligtAllowed(s) : undefined)
      );
    case "RequestFastTrack":
      return G.requireStatus(s, cmd, SICK) ?? G.requireFastTrackAllowed(s, day);
    case "CompleteRevurdering":
      return G.requireStatus(s, cmd, SICK) ?? G.requireRevurderingGround(s, cmd);
    case "StartJobafklaring":
      return G.requireStatus(s, cmd, SICK) ?? G.requireJobafklaringAllowed(s);
    case "HoldOpfoelgningssamtale":
    case "RegisterDelvisRaskmelding":
    case "HoldRehabiliteringsteamMoede":
    case "RegisterRaskmelding":
      return G.requireStatus(s, cmd, SICK_OR_JOBAFKLARING);
    case "UpdateCv":
    case "AgreeJobmaal":
    case "RequestVirksomhedsserviceHandoff":
    case "StartVirksomhedsrettetTilbud":
      return G.requireLedig(s, cmd);
    case "MakeVirksomhedsserviceContact":
      return (
        G.requireLedig(s, cmd) ??
        (s.handoffDay === undefined
          ? G.err(
              E.VirksomhedsserviceHandoffMissing,
              s,
              "contact follows a handoff request",
              cmd.date,
            )
          : undefined)
      );
    case "StartJob":
      return (
        G.requireLedig(s, cmd) ??
        (s.jobDay === undefined
          ? undefined
          : G.err(E.JobAlreadyStarted, s, "one job start per case", s.jobDay))
      );
    case "StartPraktik":
      return s.praktikActive
        ? G.err(E.PraktikAlreadyStarted, s, "one praktik at a time", cmd.date)
        : undefined;
    case "EndPraktik":
      return s.praktikActive
        ? undefined
        : G.err(E.PraktikNotStarted, s, "praktik must be started before it ends", cmd.date);
    case "CloseCase":
    case "HoldSamarbejdsmoede":
    case "CompleteSagsgennemgang":
      return undefined;
  }
};

/**
 * Decides a case command. Nothing before the sygemelding, nothing after the case is closed,
 * no command dated before the latest event; then the per-command rules (docs/rules.md).
 */
export const decideCase = (
  cmd: CaseCommand,
  s: CaseState,
): Result.Result<ReadonlyArray<CaseEvent>, E.CaseError> => {
  if (s.status === "new") {
    if (cmd._tag !== "ReceiveSygemelding") {
      return Result.fail(
        new E.SygemeldingMissing({
          caseId: cmd.caseId,
          rule: "nothing before the sygemelding",
          value: cmd._tag,
        }),
      );
    }
    const first = toEpochDay(cmd.firstAbsenceDay);
    if (toEpochDay(cmd.date) < first) {
      return Result.fail(
        new E.DateOutOfOrder({
          caseId: cmd.caseId,
          rule: "sygemelding received on or after the first absence day",
          value: cmd.date,
        }),
      );
    }
    return Result.succeed([caseCommandToEvent(cmd)]);
  }
  if (s.status === "closed")
    return Result.fail(G.err(E.CaseAlreadyClosed, s, "nothing after the case is closed", cmd._tag));
  const day = toEpochDay(cmd.date);
  const error = G.requireDateInOrder(s, day, cmd.date) ?? check(cmd, s, day);
  return error === undefined ? Result.succeed([caseCommandToEvent(cmd)]) : Result.fail(error);
};
