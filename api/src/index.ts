/**
 * @sagsflow/api: the CLI and HTTP contracts without Node-only code (report shapes, typed errors).
 * Services, worker threads and the CLI's `main` are in `./index.node.ts`.
 */
export { OptionInvalid, SimulationFailed, StoreUnavailable } from "./application/applicationErrors";
export {
  type CompareReport,
  REPORT_SCHEMA_VERSION,
  type RunReport,
  runReportOf,
  type ScenarioNames,
  type VariantReport,
} from "./application/runReport";
