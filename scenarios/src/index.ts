/** @sagsflow/scenarios: scenario files (YAML) with provenance, overlays, compile to model parameters. Browser-safe. */
export * from "./compileScenario";
export * from "./overlay";
export * from "./overrides";
export * from "./parseScenarioText";
export * from "./provenance";
export * from "./scenarioChain";
export * from "./scenarioInvalid";
export * from "./scenarioMeta";
export * from "./scheduleNodes";
export * from "./semanticChecks";
export * from "./yamlLimits";
export * from "./reference/referenceMeasures";
export * from "./reference/referenceTable";
export * from "./reference/renderReference";
