/** Node-only entry of @sagsflow/scenarios: loading scenario files from disk. */
export * from "./index";
export * from "./loadScenario.node.ts";
