/** @sagsflow/viz: the dashboard's pure modules (formatting, sentences, geometry, chart data); the app is `main.ts`. */
export * from "./charts/compileLibrary";
export * from "./lib/changedParams";
export * from "./lib/comparison";
export * from "./lib/ecdf";
export * from "./lib/formatDa";
export * from "./lib/histogramBins";
export * from "./lib/kpiSentence";
export * from "./lib/palette";
export * from "./lib/route";
export * from "./lib/shareInterval";
