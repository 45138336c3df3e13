#!/usr/bin/env node
// The `sagsflow` command: loads the TypeScript sources through tsx (no build step) and exits with main's code.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
// Output has been flushed by main; exiting explicitly keeps a lingering handle (e.g. a store client) from hanging the shell.
process.exit(await main(process.argv.slice(2)));
