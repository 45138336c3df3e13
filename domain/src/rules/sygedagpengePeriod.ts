/**
 * Payment periods of a sygedagpenge spell in epoch days: when the municipality starts paying and
 * when sygedagpenge stop unless extended (the revurdering due date). Continuous spells only.
 */
import type { Beskaeftigelsesstatus } from "../events/vocabulary";
import { endOfMonthEpoch } from "../time/calendarMath";
import type { Regime } from "./regime";

type StatusKey = "ansat" | "ledigForsikret" | "ledigUforsikret" | "selvstaendig";

const statusKey = (s: Beskaeftigelsesstatus): StatusKey =>
  s === "ansat"
    ? "ansat"
    : s === "ledig-forsikret"
      ? "ledigForsikret"
      : s === "ledig-uforsikret"
        ? "ledigUforsikret"
        : "selvstaendig";

/** First day the municipality pays (employer period / a-kasse period over); regime.unpaidDays. */
export const firstMunicipallyPaidDay = (
  regime: Regime,
  status: Beskaeftigelsesstatus,
  firstAbsenceDay: number,
): number => firstAbsenceDay + regime.unpaidDays[statusKey(status)];

/**
 * Last day of sygedagpenge unless extended, and so the revurdering due date.
 * monthEnd (SDL §24): the first excluded days do not count; the month in which paid days exceed
 * `paidWeeks` weeks ends the spell. A continuous spell reaches that within the 9-month look-back,
 * so earlier spells are not modelled (docs/rules.md).
 * @example sygedagpengeStopDay(regime2020, "ansat", toEpochDay("2024-01-01")) // 2024-07-31
 */
export const sygedagpengeStopDay = (
  regime: Regime,
  status: Beskaeftigelsesstatus,
  firstAbsenceDay: number,
): number => {
  const rule = regime.revurdering;
  if (rule.kind === "durationLimit") return firstAbsenceDay + rule.weeks * 7 - 1;
  const firstCountedDay = firstAbsenceDay + regime.revurderingExcludedDays[statusKey(status)];
  const dayExceedingLimit = firstCountedDay + rule.paidWeeks * 7;
  return endOfMonthEpoch(dayExceedingLimit);
};
