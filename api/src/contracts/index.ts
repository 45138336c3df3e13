/** @sagsflow/api/contracts: the HTTP response Schemas (browser-safe) for clients such as the dashboard. */
export * from "./responseSchemas";
