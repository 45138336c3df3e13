/** Phase timeline and benefit (ydelse) periods of a case, as half-open epoch-day intervals. */
import { firstMunicipallyPaidDay } from "../rules/sygedagpengePeriod";
import type { CaseFacts } from "./caseFacts";
import { jobafklaringEnd, minDay, sygedagpengeEnd } from "./spellEnds";

export type PhaseName =
  | "arbejdsgiverperiode"
  | "akasseperiode"
  | "karensperiode"
  | "sygedagpenge"
  | "jobafklaring"
  | "ledig"
  | "job";

export interface Phase {
  readonly phase: PhaseName;
  readonly from: number;
  /** Exclusive end; undefined while the phase is still running at `asOf`. */
  readonly to: number | undefined;
}

export type YdelseKind = "sygedagpenge" | "ressourceforloebsydelse" | "dagpengeEllerKontanthjaelp";

export interface YdelsePeriod {
  readonly kind: YdelseKind;
  readonly from: number;
  /** Exclusive end, capped at `asOf + 1` for running periods. */
  readonly to: number;
}

const UNPAID_PHASE = {
  ansat: "arbejdsgiverperiode",
  "ledig-forsikret": "akasseperiode",
  "ledig-uforsikret": "karensperiode",
  selvstaendig: "karensperiode",
} as const;

/** True when the citizen was ledig at raskmelding, so benefits continue after it. */
export const ledigAtRaskmelding = (f: CaseFacts): boolean =>
  f.raskmeldingDay !== undefined && f.ledigDay !== undefined && f.ledigDay <= f.raskmeldingDay;

/** The phases of a case in order; zero-length phases are left out. */
export const casePhases = (f: CaseFacts): ReadonlyArray<Phase> => {
  const out: Array<Phase> = [];
  const add = (phase: PhaseName, from: number | undefined, to: number | undefined): void => {
    if (from !== undefined && (to === undefined || to > from)) out.push({ phase, from, to });
  };
  const paid = firstMunicipallyPaidDay(f.regime, f.employment, f.firstAbsenceDay);
  const sygEnd = sygedagpengeEnd(f);
  add(UNPAID_PHASE[f.employment], f.firstAbsenceDay, minDay(paid, sygEnd));
  add("sygedagpenge", paid, sygEnd);
  add("jobafklaring", f.jobafklaringDay, jobafklaringEnd(f));
  if (ledigAtRaskmelding(f)) add("ledig", f.raskmeldingDay, minDay(f.jobDay, f.closedDay));
  add("job", f.jobDay, f.closedDay);
  return out;
};

/** Municipally relevant benefit periods up to `asOf` (inclusive). */
export const ydelsePeriods = (f: CaseFacts, asOf: number): ReadonlyArray<YdelsePeriod> => {
  const cap = asOf + 1;
  const out: Array<YdelsePeriod> = [];
  const add = (kind: YdelseKind, from: number | undefined, to: number | undefined): void => {
    const end = Math.min(to ?? cap, cap);
    if (from !== undefined && end > from) out.push({ kind, from, to: end });
  };
  add(
    "sygedagpenge",
    firstMunicipallyPaidDay(f.regime, f.employment, f.firstAbsenceDay),
    sygedagpengeEnd(f),
  );
  add("ressourceforloebsydelse", f.jobafklaringDay, jobafklaringEnd(f));
  if (ledigAtRaskmelding(f))
    add("dagpengeEllerKontanthjaelp", f.raskmeldingDay, minDay(f.jobDay, f.closedDay));
  return out;
};
