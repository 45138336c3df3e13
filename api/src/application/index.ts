/**
 * The application layer shared by the CLI and the HTTP API (the edges hold no simulation or report logic): the one
 * replication runner, the one report builder, compare and sensitivity jobs over a scenario source, simulated event
 * logs, the store from the environment. Types the edges format are re-exported here.
 */
export type { KpiSummaries, KpiSummary } from "@sagsflow/simulator/model";
export type { SensitivityReport } from "@sagsflow/simulator/sensitivity";
export { OptionInvalid, SimulationFailed, StoreUnavailable } from "./applicationErrors";
export { compareScenarios } from "./compareScenarios";
export {
  type ComparisonJob,
  casesOf,
  comparisonJob,
  type RunSettings,
  type SensitivityJob,
  type SensitivitySettings,
  sensitivityJob,
} from "./comparisonJob";
export {
  type CounterfactualScenarios,
  counterfactualScenarios,
} from "./counterfactualScenarios";
export {
  EVENT_LOG_FORMATS,
  type EventLogFormat,
  eventLogChunks,
  historyCases,
} from "./eventLogChunks";
export { checkRunOptions, type LoadedScenario, loadParams } from "./loadParams";
export {
  defaultWorkers,
  type OnProgress,
  runCaseFlowReplications,
  type StreamOptions,
  streamReplications,
} from "./runCaseFlowReplications";
export {
  type CompareReport,
  comparisonResultOf,
  compareReportOf,
  type LabelledScenario,
  partialMeans,
  type RawKpis,
  REPORT_SCHEMA_VERSION,
  type RunReport,
  runReportOf,
  type ScenarioNames,
  type VariantReport,
} from "./runReport";
export { type RunError, type RunOptions, runScenario } from "./runScenario";
export {
  fileSource,
  type ScenarioRef,
  type ScenarioSource,
  type SourcedScenario,
  sourced,
} from "./scenarioSource";
export {
  type SimulatedEventsOptions,
  type SimulatedLog,
  type SimulatedStream,
  simulatedEvents,
} from "./simulatedEvents";
export { type StoredRun, storeSimulatedEvents } from "./storeSimulatedEvents";
export { type StoreEnv, storeLabel, withStoreFromEnv } from "./withStoreFromEnv";
