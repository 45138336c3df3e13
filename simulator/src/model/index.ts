/** The case-flow model on the engine: parameters, the model itself, its KPIs and experiments. */
export * from "./caseFlowKpis";
export * from "./experiment";
/** The KPI catalog lives in the domain (one definition for history and simulation); re-exported for the model's users. */
export {
  type KpiId,
  type KpiObservation,
  kpiCatalog,
  kpiIds,
} from "@sagsflow/domain";
export * from "./modelParams";
export * from "./scheduledParameter";
export { type ParamsOnDay, paramsOnDay } from "./paramsOnDay";
export { type CaseFlowRun, runCaseFlow } from "./runCaseFlow";
export type { Citizen } from "./citizen";
export type { CohortCase, OpenCase } from "./givenCases";
export { type CaseFlowStart, nextSamtaleDeadline } from "./startGivenCases";
export type { Rekruttering } from "./rekrutteringMarket";
