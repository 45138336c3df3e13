/** Calibration services (issue 9): calibrate, validate, counterfactual replay, forecast. */
export {
  type CalibrateError,
  type CalibrateOptions,
  type CalibrateReport,
  calibrateHistory,
} from "./calibrateHistory";
export { calibratedScenarioYaml } from "./calibratedScenarioYaml";
export { CalibrationRangeInvalid, HistoryEmpty } from "./calibrationErrors";
export {
  type CounterfactualOptions,
  type CounterfactualReport,
  counterfactualCohortSize,
  counterfactualHistory,
} from "./counterfactualHistory";
export {
  type ForecastOptions,
  type ForecastReport,
  type ForecastStart,
  forecastFromStore,
} from "./forecastFromStore";
export { type ValidateOptions, type ValidateReport, validateScenario } from "./validateScenario";
