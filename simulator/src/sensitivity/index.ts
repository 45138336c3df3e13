/** Sensitivity analysis of a variant against its baseline: estimates, sampling plan, rank correlation, sign stability. */
export * from "./estimatedParameters";
export * from "./latinHypercube";
export * from "./rankCorrelation";
export * from "./sensitivityPlan";
export * from "./sensitivityReport";
export * from "./signStableShare";
