/** Registers the history commands (issues 8, 19): import, mapping init, history kpis|case, export, demo-history. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import { registerDemoHistory } from "./demoHistoryCommand";
import { registerExport } from "./exportCommand";
import { registerHistory } from "./historyCommand";
import { registerImport } from "./importCommand";
import { registerMapping } from "./mappingCommand";
import type { CommandEffect } from "./commandEffect";

export const registerHistoryCommands = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  registerImport(program, io, submit);
  registerMapping(program, submit);
  registerHistory(program, io, submit);
  registerExport(program, io, submit);
  registerDemoHistory(program, submit);
};
