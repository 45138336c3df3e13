/** Test fixtures: compact builders for case events and commands with sensible defaults (test-only). */
import type { CaseCommand, CaseCommandOf } from "../commands/caseCommands";
import type { CaseEvent, CaseEventOf } from "../events/caseEvents";
import { type CaseSummary, summarizeCase } from "../projections/summarizeCase";
import type { CaseEventTag } from "../events/caseEventFields";
import type { IsoDate } from "../time/isoDate";

export const d = (s: string): IsoDate => s as IsoDate;

export const sygemeldingReceived = (
  over: Partial<CaseEventOf<"SygemeldingReceived">> = {},
): CaseEventOf<"SygemeldingReceived"> => ({
  _tag: "SygemeldingReceived",
  caseId: "c1",
  date: d("2024-01-10"),
  firstAbsenceDay: d("2024-01-01"),
  employment: "ansat",
  ageBand: "40-49",
  diagnosisGroup: "bevaegeapparat",
  sector: "sundhed",
  ...over,
});

type Extra<M> = Omit<M, "_tag" | "caseId" | "date">;

/** `{_tag, caseId: "c1", date, ...extra}`: the shape shared by case commands and case events. */
const make = <M>(_tag: string, date: string, extra: object): M =>
  ({ _tag, caseId: "c1", date: d(date), ...extra }) as M;

/** A case command of tag `T` for case c1 on `date`, with extra payload. */
export const cmd = <T extends CaseCommand["_tag"]>(
  _tag: T,
  date: string,
  extra?: Extra<CaseCommandOf<T>>,
): CaseCommandOf<T> => make(_tag, date, extra ?? {});

/** A case event of tag `T` for case c1 on `date`, with extra payload. */
export const ev = <T extends CaseEventTag>(
  _tag: T,
  date: string,
  extra?: Extra<CaseEventOf<T>>,
): CaseEventOf<T> => make(_tag, date, extra ?? {});

/** The summary of a fixture case as of `asOf`; throws for a fixture without a sygemelding (a broken test). */
export const summaryOf = (
  events: ReadonlyArray<CaseEvent>,
  asOf: string = "2024-06-30",
): CaseSummary => {
  const s = summarizeCase(events, { asOf });
  if (s === undefined) throw new Error("test fixture without sygemelding");
  return s;
};
