/**
 * A deadline and its status. Statutory deadlines count calendar days; one falling on a weekend or
 * holiday must be met by the preceding working day (docs/rules.md "Counting days"; decision 0013).
 */
import { previousWorkingDay } from "../calendar/workingDays";

export const deadlineRules = [
  "foersteOpfoelgning",
  "kat1Opfoelgning",
  "fastTrack",
  "opfoelgningInterval",
  "opfoelgningAntal",
  "rehabiliteringsteamKat3",
  "revurdering",
  "jobafklaringFoersteSamtale",
  "jobafklaringRehabiliteringsteam",
  "cvEfterRaskmelding",
] as const;
export type DeadlineRule = (typeof deadlineRules)[number];

export type DeadlineStatus = "met" | "late" | "open";

export interface Deadline {
  readonly rule: DeadlineRule;
  readonly source: string;
  /** Epoch day the statute names (calendar-day count). */
  readonly statutoryDue: number;
  /** Last working day on or before `statutoryDue`: the day it must be met by. */
  readonly due: number;
  readonly status: DeadlineStatus;
  /** Day of the event that met it (on time or late); undefined when missing. */
  readonly metOn: number | undefined;
  /** 0 when met; days past `due` of the late event, or of `lateUntil` when still missing. */
  readonly daysLate: number;
}

/**
 * Evaluates a deadline. Without an event, it is late once `asOf` passes `due` (lateness counted to
 * `lateUntil`, the end of the spell or `asOf`), and open before.
 */
export const makeDeadline = (
  rule: DeadlineRule,
  source: string,
  statutoryDue: number,
  metOn: number | undefined,
  asOf: number,
  lateUntil: number = asOf,
): Deadline => {
  const due = previousWorkingDay(statutoryDue);
  if (metOn !== undefined && metOn <= due)
    return { rule, source, statutoryDue, due, status: "met", metOn, daysLate: 0 };
  if (metOn !== undefined)
    return { rule, source, statutoryDue, due, status: "late", metOn, daysLate: metOn - due };
  if (asOf > due)
    return {
      rule,
      source,
      statutoryDue,
      due,
      status: "late",
      metOn,
      daysLate: Math.max(1, lateUntil - due),
    };
  return { rule, source, statutoryDue, due, status: "open", metOn, daysLate: 0 };
};
