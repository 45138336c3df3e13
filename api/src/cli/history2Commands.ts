/** Registers the History II commands (issue 9): calibrate, validate, counterfactual, forecast. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import type { CommandEffect } from "./program";

export const registerHistory2Commands = (
  _program: Command,
  _io: CliIo,
  _submit: (e: CommandEffect) => void,
): void => {};
