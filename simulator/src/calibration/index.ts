/** Calibration (issue 9): fitting model parameters from case histories, distances to history, cohort replay. */
export * from "./calibrateParams";
export * from "./caseRecord";
export * from "./durationFamilies";
export * from "./fitArrivals";
export * from "./fittedValue";
export * from "./fitRecovery";
export * from "./kaplanMeier";
export * from "./phaseFits";
export * from "./sampleQuantile";
export * from "./cohortFromHistory";
export * from "./counterfactualReplay";
export * from "./earthMoversDistance";
export * from "./forecastRisk";
export * from "./historyDistances";
