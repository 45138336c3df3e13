/** Case state folded from case events: plain object, epoch-day numbers, regime cached (hot path of the simulator). */
import type { Beskaeftigelsesstatus, Kategori, RevurderingUdfald } from "../events/vocabulary";
import type { Regime } from "../rules/regime";

export type CaseStatus = "new" | "sygemeldt" | "jobafklaring" | "raskmeldt" | "closed";

export interface CaseState {
  readonly status: CaseStatus;
  readonly caseId: string;
  /** Regime in force; undefined until SygemeldingReceived. */
  readonly regime: Regime | undefined;
  readonly employment: Beskaeftigelsesstatus | undefined;
  /** True for ledige from the start and for ansatte after AnsaettelseEnded. */
  readonly ledig: boolean;
  readonly firstAbsenceDay: number;
  /** Day of the latest event; commands may not go back in time. */
  readonly lastDay: number;
  readonly kategori: Kategori | undefined;
  readonly fastTrackDay: number | undefined;
  readonly revurderingOutcome: RevurderingUdfald | undefined;
  readonly jobafklaringDay: number | undefined;
  readonly raskmeldingDay: number | undefined;
  readonly praktikActive: boolean;
  readonly handoffDay: number | undefined;
  readonly jobDay: number | undefined;
  readonly closedDay: number | undefined;
  /** Lovpligtige opfølgningssamtaler held so far. */
  readonly samtaler: number;
}

export const initialCaseState: CaseState = {
  status: "new",
  caseId: "",
  regime: undefined,
  employment: undefined,
  ledig: false,
  firstAbsenceDay: Number.NaN,
  lastDay: Number.NEGATIVE_INFINITY,
  kategori: undefined,
  fastTrackDay: undefined,
  revurderingOutcome: undefined,
  jobafklaringDay: undefined,
  raskmeldingDay: undefined,
  praktikActive: false,
  handoffDay: undefined,
  jobDay: undefined,
  closedDay: undefined,
  samtaler: 0,
};
