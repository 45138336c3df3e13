/** fast-check generator of plausible case command sequences, applied through the decider (test-only). */
import fc from "fast-check";
import { Result } from "effect";
import type { CaseCommand, CaseCommandTag } from "../commands/caseCommands";
import { caseDecider } from "../decider/caseDecider";
import type { CaseState } from "../decider/caseState";
import type { CaseEvent } from "../events/caseEvents";
import { addDays } from "../time/calendarMath";
import { fromEpochDay, toEpochDay } from "../time/epochDay";

const tags: ReadonlyArray<CaseCommandTag> = [
  "EndAnsaettelse",
  "CompleteVisitation",
  "HoldOpfoelgningssamtale",
  "HoldOpfoelgningssamtale",
  "RequestFastTrack",
  "RegisterDelvisRaskmelding",
  "CompleteRevurdering",
  "StartJobafklaring",
  "HoldRehabiliteringsteamMoede",
  "UpdateCv",
  "AgreeJobmaal",
  "StartPraktik",
  "EndPraktik",
  "RegisterRaskmelding",
  "RequestVirksomhedsserviceHandoff",
  "MakeVirksomhedsserviceContact",
  "StartVirksomhedsrettetTilbud",
  "StartJob",
  "CloseCase",
  "HoldSamarbejdsmoede",
  "CompleteSagsgennemgang",
  "ReceiveSygemelding",
];

const step = fc.record({
  tag: fc.constantFrom(...tags),
  gap: fc.integer({ min: -3, max: 45 }),
  kategori: fc.constantFrom(1 as const, 2 as const, 3 as const),
  outcome: fc.constantFrom("forlaengelse" as const, "jobafklaring" as const),
  ground: fc.option(fc.constantFrom(1 as const, 3 as const, 7 as const), { nil: undefined }),
  flag: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const payload = (s: Step): Record<string, unknown> => {
  switch (s.tag) {
    case "EndAnsaettelse":
      return { akasseMedlem: s.flag };
    case "CompleteVisitation":
      return { kategori: s.kategori, forudsigeligtForloeb: s.flag };
    case "RequestFastTrack":
      return { requestedBy: s.flag ? "borger" : "arbejdsgiver" };
    case "RegisterDelvisRaskmelding":
      return { workHoursPerWeek: s.flag ? 10 : 20 };
    case "CompleteRevurdering":
      return s.ground === undefined
        ? { outcome: s.outcome }
        : { outcome: s.outcome, ground: s.ground };
    case "StartJobafklaring":
      return { tvaerfagligIndsats: s.flag };
    case "AgreeJobmaal":
      return { jobmaal: "sundhed" };
    case "StartPraktik":
      return { kind: s.flag ? "virksomhedspraktik" : "arbejdsproevning" };
    case "StartVirksomhedsrettetTilbud":
      return { kind: s.flag ? "loentilskud" : "virksomhedspraktik" };
    case "CloseCase":
      return { reason: s.flag ? "job" : "raskmeldt" };
    case "ReceiveSygemelding":
      return {
        firstAbsenceDay: "2020-01-01",
        employment: "ansat",
        ageBand: "30-39",
        diagnosisGroup: "psykisk",
        sector: "it",
      };
    default:
      return {};
  }
};

export interface Run {
  readonly events: ReadonlyArray<CaseEvent>;
  readonly states: ReadonlyArray<CaseState>;
  readonly rejected: number;
}

/** A sygemelding followed by random commands; rejected commands are dropped, accepted ones evolve the state. */
export const commandRun = fc
  .record({
    first: fc.integer({ min: toEpochDay("2012-01-01"), max: toEpochDay("2027-12-31") }),
    employment: fc.constantFrom(
      "ansat" as const,
      "ledig-forsikret" as const,
      "ledig-uforsikret" as const,
      "selvstaendig" as const,
    ),
    steps: fc.array(step, { maxLength: 40 }),
  })
  .map(({ first, employment, steps }): Run => {
    const firstAbsenceDay = fromEpochDay(first);
    const start: CaseCommand = {
      _tag: "ReceiveSygemelding",
      caseId: "p",
      date: addDays(firstAbsenceDay, 3),
      firstAbsenceDay,
      employment,
      ageBand: "50-59",
      diagnosisGroup: "oevrige",
      sector: "bygge",
    };
    let state = caseDecider.initialState;
    let date: string = firstAbsenceDay;
    const commands: Array<CaseCommand> = [start];
    for (const s of steps) {
      date = addDays(date, s.gap);
      commands.push({ _tag: s.tag, caseId: "p", date, ...payload(s) } as CaseCommand);
    }
    const events: Array<CaseEvent> = [];
    const states: Array<CaseState> = [];
    let rejected = 0;
    for (const command of commands) {
      const result = caseDecider.decide(command, state);
      if (Result.isFailure(result)) {
        rejected++;
        continue;
      }
      for (const e of result.success) {
        state = caseDecider.evolve(state, e);
        events.push(e);
        states.push(state);
      }
    }
    return { events, states, rejected };
  });
