/**
 * @sagsflow/simulator: discrete-event engine, seeded random streams, distributions, resources,
 * calendars and replication statistics. Pure: no clock, no IO, no node: imports (runs in a Web Worker).
 */
export {
  arrivalSource,
  type ArrivalSource,
  type ArrivalSourceOptions,
} from "./engine/arrivalSource";
export { IndexedHeap } from "./engine/indexedHeap";
export { Priority } from "./engine/priority";
export { type Handler, ScheduleTimeInvalid, Simulation } from "./engine/simulation";
export {
  deterministic,
  exponential,
  exponentialMean,
  exponentialRate,
  gamma,
  lognormal,
  lognormalFromMoments,
  normal,
  standardNormal,
  triangular,
  uniform,
  weibull,
} from "./random/continuousDistributions";
export {
  type Distribution,
  DistributionParameterInvalid,
  type DistributionResult,
} from "./random/distribution";
export { discreteChoice, empiricalQuantiles, histogram } from "./random/empiricalDistributions";
export { nameHash, RandomStreams } from "./random/randomStreams";
export { Rng } from "./random/rng";
export {
  CaseworkerDesk,
  type CaseworkerTime,
  meetingMinutesPerFteDay,
  type SchedulingPolicy,
} from "./resources/caseworkerDesk";
export { dailyAbsence, type DailyAbsenceOptions } from "./resources/dailyAbsence";
export {
  type GrantHandler,
  type QueueDiscipline,
  ResourcePool,
  type ResourcePoolOptions,
} from "./resources/resourcePool";
export {
  CalendarParameterInvalid,
  WorkingCalendar,
  type WorkingCalendarOptions,
} from "./resources/workingCalendar";
export { BatchCountInvalid, batchMeans } from "./stats/batchMeans";
export { erlangCWait } from "./stats/erlangC";
export { pairedDifference, ReplicationCountMismatch } from "./stats/pairedDifference";
export { incompleteBeta, logGamma, normalCdf, normalQuantile } from "./stats/specialFunctions";
export { studentTCdf, studentTQuantile } from "./stats/studentT";
export { type Summary, summarize } from "./stats/summarize";
export { Tally } from "./stats/tally";
export { TimeWeighted } from "./stats/timeWeighted";
