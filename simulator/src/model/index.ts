/** The case-flow model on the engine: parameters, the model itself, its KPIs and experiments. */
export * from "./caseFlowKpis";
export * from "./experiment";
export * from "./kpiCatalog";
export * from "./modelParams";
export { type CaseFlowRun, runCaseFlow } from "./runCaseFlow";
export type { Citizen } from "./citizen";
export type { CohortCase, OpenCase } from "./givenCases";
export { type CaseFlowStart, nextSamtaleDeadline } from "./startGivenCases";
export type { Rekruttering } from "./rekrutteringMarket";
