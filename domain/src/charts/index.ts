/** Chart data built from case event streams, the same for history and simulation (served by the API per run). */
export * from "./casePath";
export * from "./caseTimeline";
export * from "./roleMonths";
export * from "./scenarioCharts";
