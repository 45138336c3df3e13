/** Node-only entry of @sagsflow/scenarios: loading scenario files from disk, parsing large texts off-thread. */
export * from "./index";
export * from "./loadScenario.node.ts";
export * from "./parseInWorker.node.ts";
export * from "./reference/loadReference.node.ts";
