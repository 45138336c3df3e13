#!/usr/bin/env node
// The `sagsflow` command: loads the TypeScript sources through tsx (no build step) and exits with main's code.
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";

// Workspace packages resolve to their sources (the "development" export) also when the bin is run without npm,
// which sets that condition for npm and npx runs (.npmrc node-options).
registerHooks(
  "data:text/javascript,export const resolve = (s, c, next) => next(s, { ...c, conditions: [...c.conditions, 'development'] });",
);
register();
const { main } = await import("../src/cli/main.ts");
// Output has been flushed by main; exiting explicitly keeps a lingering handle (e.g. a store client) from hanging the shell.
process.exit(await main(process.argv.slice(2)));
