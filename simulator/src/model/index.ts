/** The case-flow model on the engine: parameters, the model itself and its run-level KPIs. */
export * from "./modelParams";
