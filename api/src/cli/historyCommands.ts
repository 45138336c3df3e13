/** Registers the History I commands (issue 8): import, history kpis|case, export, demo-history. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import { registerDemoHistory } from "./demoHistoryCommand";
import { registerExport } from "./exportCommand";
import { registerHistory } from "./historyCommand";
import { registerImport } from "./importCommand";
import type { CommandEffect } from "./program";

export const registerHistoryCommands = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  registerImport(program, io, submit);
  registerHistory(program, io, submit);
  registerExport(program, io, submit);
  registerDemoHistory(program, submit);
};
