/**
 * `summarizeCase`: one pure fold of a case's events into everything the KPIs need. The same code
 * measures history and simulation; run-level KPIs are plain reductions over summaries (kpis.ts).
 */
import type { CaseEvent } from "../events/caseEvents";
import type { Beskaeftigelsesstatus, Kategori, Lukkeaarsag, RegimeId } from "../events/vocabulary";
import { toEpochDay } from "../time/epochDay";
import { type CaseCost, type CostOptions, caseCost } from "./caseCost";
import { caseDeadlines } from "./caseDeadlines";
import { type CaseFacts, caseFacts } from "./caseFacts";
import type { Deadline } from "./deadline";
import { type Phase, type YdelseKind, casePhases, ydelsePeriods } from "./ydelsePeriods";

export type CaseOutcome = "job" | "raskmeldt" | "other" | "open";

export interface CaseWaits {
  /** `max(0, first virksomhedsservice contact − raskmelding)`; undefined unless both happened. */
  readonly raskmeldingToVirksomhedsserviceDays: number | undefined;
  readonly raskmeldingToJobDays: number | undefined;
  /** From the first absence day to the job start. */
  readonly sygemeldingToJobDays: number | undefined;
  /** Days from each handoff request to the first virksomhedsservice contact after it (one per answered request). */
  readonly handoffDays: ReadonlyArray<number>;
}

export type WeeksOnYdelse = Readonly<Record<YdelseKind | "total", number>>;

/** Everything known about one case as of `asOf`. Days are epoch days (convert with `fromEpochDay`). */
export interface CaseSummary {
  readonly caseId: string;
  readonly regime: RegimeId;
  readonly employment: Beskaeftigelsesstatus;
  /** Latest visitation kategori, if visited. */
  readonly kategori: Kategori | undefined;
  /** Ledig at some point by `asOf` (from the start or after AnsaettelseEnded). */
  readonly ledig: boolean;
  readonly asOf: number;
  readonly firstAbsenceDay: number;
  readonly receivedDay: number;
  readonly raskmeldingDay: number | undefined;
  /** Start of jobafklaring (SDL §24 stk. 2), if the spell reached it. */
  readonly jobafklaringDay: number | undefined;
  readonly jobDay: number | undefined;
  readonly closedDay: number | undefined;
  readonly closeReason: Lukkeaarsag | undefined;
  /** Day the case stopped being an active case: close, or job start if earlier. */
  readonly endDay: number | undefined;
  readonly outcome: CaseOutcome;
  readonly phases: ReadonlyArray<Phase>;
  readonly deadlines: ReadonlyArray<Deadline>;
  readonly waits: CaseWaits;
  readonly weeksOnYdelse: WeeksOnYdelse;
  /** Days on sygedagpenge (domain.md §1.6): first absence day to the first raskmelding, jobafklaring start or
   *  close, whichever comes first; undefined while the spell is open at `asOf`. */
  readonly sygedagpengeDays: number | undefined;
  readonly cost: CaseCost;
  /** Days of the lovpligtige opfølgningssamtaler (samarbejdsmøder excluded). */
  readonly samtaleDays: ReadonlyArray<number>;
}

export interface SummaryOptions extends CostOptions {
  /** Evaluate as of this day (ISO date or epoch day, inclusive). Default: the latest event's day. */
  readonly asOf?: string | number;
}

const outcomeOf = (
  jobDay: number | undefined,
  endDay: number | undefined,
  reason: Lukkeaarsag | undefined,
): CaseOutcome => {
  if (jobDay !== undefined || reason === "job") return "job";
  if (endDay === undefined) return "open";
  return reason === "raskmeldt" ? "raskmeldt" : "other";
};

const diff = (from: number | undefined, to: number | undefined): number | undefined =>
  from === undefined || to === undefined ? undefined : to - from;

/** The first of raskmelding, jobafklaring start and close: the end of the sygedagpenge spell. */
const spellEnd = (f: CaseFacts): number | undefined => {
  const ends = [f.raskmeldingDay, f.jobafklaringDay, f.closedDay].filter((d) => d !== undefined);
  return ends.length === 0 ? undefined : Math.min(...ends);
};

const weeksOf = (periods: ReturnType<typeof ydelsePeriods>): WeeksOnYdelse => {
  const w = {
    sygedagpenge: 0,
    ressourceforloebsydelse: 0,
    dagpengeEllerKontanthjaelp: 0,
    total: 0,
  };
  for (const p of periods) {
    w[p.kind] += (p.to - p.from) / 7;
    w.total += (p.to - p.from) / 7;
  }
  return w;
};

const lastDay = (events: ReadonlyArray<CaseEvent>): number => {
  let max = Number.NEGATIVE_INFINITY;
  for (const e of events) max = Math.max(max, toEpochDay(e.date));
  return max;
};

/**
 * Summarizes a case from its events (any order of equal dates; events after `asOf` are ignored).
 * Returns undefined for a stream without a SygemeldingReceived by `asOf`.
 * @example summarizeCase(events, { asOf: "2024-12-31" })?.deadlines.filter((d) => d.status === "late")
 */
export const summarizeCase = (
  events: ReadonlyArray<CaseEvent>,
  options: SummaryOptions = {},
): CaseSummary | undefined => {
  const asOf =
    options.asOf === undefined
      ? lastDay(events)
      : typeof options.asOf === "number"
        ? options.asOf
        : toEpochDay(options.asOf);
  const f = caseFacts(events, asOf);
  if (f === undefined) return undefined;
  const periods = ydelsePeriods(f, asOf);
  const endDay =
    f.closedDay === undefined ? f.jobDay : Math.min(f.closedDay, f.jobDay ?? f.closedDay);
  return {
    caseId: f.caseId,
    regime: f.regime.id,
    employment: f.employment,
    kategori: f.visitations.at(-1)?.kategori,
    ledig: f.ledigDay !== undefined,
    asOf,
    firstAbsenceDay: f.firstAbsenceDay,
    receivedDay: f.receivedDay,
    raskmeldingDay: f.raskmeldingDay,
    jobafklaringDay: f.jobafklaringDay,
    jobDay: f.jobDay,
    closedDay: f.closedDay,
    closeReason: f.closeReason,
    endDay,
    outcome: outcomeOf(f.jobDay, endDay, f.closeReason),
    phases: casePhases(f),
    deadlines: caseDeadlines(f, asOf),
    waits: {
      raskmeldingToVirksomhedsserviceDays:
        f.raskmeldingDay === undefined || f.contactDay === undefined
          ? undefined
          : Math.max(0, f.contactDay - f.raskmeldingDay),
      raskmeldingToJobDays: diff(f.raskmeldingDay, f.jobDay),
      sygemeldingToJobDays: diff(f.firstAbsenceDay, f.jobDay),
      handoffDays: f.handoffWaits,
    },
    weeksOnYdelse: weeksOf(periods),
    sygedagpengeDays: diff(f.firstAbsenceDay, spellEnd(f)),
    cost: caseCost(f, periods, options),
    samtaleDays: f.samtaleDays,
  };
};
