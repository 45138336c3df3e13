/** Node-only entry of @sagsflow/api: application services (worker threads, files, stores) and the CLI's `main`. */
export * from "./application";
export { main } from "./cli/main";
export type { CliIo } from "./cli/cliIo";
