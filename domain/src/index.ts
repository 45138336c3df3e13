/** @sagsflow/domain: case events, decider, rule regimes, Danish calendar and projections (pure; imports only effect). */
export {
  addWorkingDays,
  countWorkingDays,
  isDanishHoliday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type WorkingDayOptions,
} from "./calendar/workingDays";
export { type DanishHoliday, danishHolidays } from "./calendar/danishHolidays";
export { easterSunday } from "./calendar/easterSunday";
export * from "./commands/caseCommands";
export * from "./commands/rekrutteringCommands";
export { caseDecider } from "./decider/caseDecider";
export { type CaseState, type CaseStatus, initialCaseState } from "./decider/caseState";
export { decideCase } from "./decider/decideCase";
export { type Decider, replay } from "./decider/decider";
export { evolveCase } from "./decider/evolveCase";
export * from "./decider/rekrutteringDecider";
export * from "./errors/caseErrors";
export * from "./errors/rekrutteringErrors";
export { type CaseEventTag, caseEventFields, caseEventTags } from "./events/caseEventFields";
export { EVENT_LABELS, eventLabel } from "./events/eventLabels";
export * from "./events/caseEvents";
export * from "./events/domainEvent";
export * from "./events/rekrutteringEvents";
export * from "./events/vocabulary";
export {
  activeCaseloadPerDay,
  aggregateMonthly,
  type MonthlyKpis,
  type Ratio,
} from "./projections/aggregateMonthly";
export { type CaseCost, type CostOptions, caseCost } from "./projections/caseCost";
export { caseDeadlines } from "./projections/caseDeadlines";
export { type CaseFacts, caseFacts } from "./projections/caseFacts";
export {
  type Deadline,
  type DeadlineRule,
  type DeadlineStatus,
  deadlineRules,
  makeDeadline,
} from "./projections/deadline";
export { deadlineRuleLabel, deadlineRuleLabels } from "./projections/deadlineRuleLabels";
export * from "./projections/kpiCatalog";
export * from "./projections/caseEndings";
export * from "./projections/kpis";
export * from "./projections/measure";
export * from "./projections/summarizeCase";
export {
  casePhases,
  type Phase,
  type PhaseName,
  type YdelseKind,
  type YdelsePeriod,
  ydelsePeriods,
} from "./projections/ydelsePeriods";
export { type RateKind, type RateRow, rateRowFor, rates, weeklyRate } from "./rules/rates";
export type { CadenceRule, Regime, RevurderingRule, Sourced } from "./rules/regime";
export { countDeadlineDay } from "./rules/countDeadline";
export { aKasseFirstMonths, aKasseHoldsFirstMonths } from "./rules/kontaktforloeb";
export { regimeById, regimeFor, regimeIds } from "./rules/regimeFor";
export { pre2014, regime2015, regime2020, regime2025, regimes } from "./rules/regimes";
export { defaultStaffHourlyDkk, defaultStaffHoursPerEvent } from "./rules/staffTime";
export { firstMunicipallyPaidDay, sygedagpengeStopDay } from "./rules/sygedagpengePeriod";
export {
  addDays,
  daysInMonth,
  diffDays,
  endOfMonth,
  endOfMonthEpoch,
  isLeapYear,
  isoWeekday,
  monthKey,
  monthKeyOfEpochDay,
  yearOfEpochDay,
} from "./time/calendarMath";
export { civilFromDays, daysFromCivil, fromEpochDay, toEpochDay } from "./time/epochDay";
export { IsoDate, isIsoDate, isoDate } from "./time/isoDate";
export * from "./charts/index";
