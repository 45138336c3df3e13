/**
 * The day by which a count rule ("mindst 4 samtaler inden for det første halve år", SDL §13b stk. 1) must be met.
 * "Det første halve år" is six calendar months from the first absence day, not day 182 (issue 16 item 6): a spell
 * starting 1 January must have its samtaler by 30 June; one starting 31 August by 28 February.
 */
import { daysInMonth } from "../time/calendarMath";
import { civilFromDays, daysFromCivil } from "../time/epochDay";
import type { CadenceRule } from "./regime";

type CountRule = Extract<CadenceRule, { kind: "countWithin" }>;

/** Last day of the rule's window: `months` calendar months after the first absence day, minus one day. */
export const countDeadlineDay = (rule: CountRule, firstAbsenceDay: number): number => {
  const [year, month, day] = civilFromDays(firstAbsenceDay);
  const monthIndex = month - 1 + rule.months;
  const y = year + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  // Same day-of-month six months on (clamped to that month's end), and the window ends the day before.
  const sameDay = Math.min(day, daysInMonth(y, m));
  const clamped = sameDay < day;
  return daysFromCivil(y, m, sameDay) - (clamped ? 0 : 1);
};
