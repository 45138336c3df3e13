/** Application services shared by the CLI and the HTTP API: run, compare, simulated event logs, the store from the environment. */
export { OptionInvalid, SimulationFailed, StoreUnavailable } from "./applicationErrors";
export { compareScenarios } from "./compareScenarios";
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
} from "./runCaseFlowReplications";
export {
  type CompareReport,
  REPORT_SCHEMA_VERSION,
  type RunReport,
  runReportOf,
  type ScenarioNames,
  type VariantReport,
} from "./runReport";
export { type RunError, type RunOptions, runScenario } from "./runScenario";
export {
  type SimulatedEventsOptions,
  type SimulatedLog,
  type SimulatedStream,
  simulatedEvents,
} from "./simulatedEvents";
export { type StoredRun, storeSimulatedEvents } from "./storeSimulatedEvents";
export { type StoreEnv, storeLabel, withStoreFromEnv } from "./withStoreFromEnv";
