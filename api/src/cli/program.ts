/** The commander program `sagsflow` with its commands; actions only submit an effect, which `main` runs and maps. */
import { Command } from "commander";
import { registerCalibrationCommands } from "./calibrationCommands";
import type { CliIo } from "./cliIo";
import type { CommandEffect } from "./commandEffect";
import { registerCheck } from "./checkCommand";
import { registerCompare } from "./compareCommand";
import { registerEvents } from "./eventsCommand";
import { registerHistoryCommands } from "./historyCommands";
import { registerRun } from "./runCommand";
import { registerSensitivity } from "./sensitivityCommand";
import { registerWorker } from "./workerCommand";

export const buildProgram = (io: CliIo, submit: (e: CommandEffect) => void): Command => {
  const program = new Command("sagsflow")
    .description("Sagsflow: simulering af sygedagpengesagers forløb i jobcentret")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerRun(program, io, submit);
  registerCompare(program, io, submit);
  registerCheck(program, submit);
  registerEvents(program, submit);
  registerHistoryCommands(program, io, submit);
  registerSensitivity(program, submit);
  registerCalibrationCommands(program, io, submit);
  registerWorker(program, io, submit);
  // Subcommands must also throw instead of exiting, so that main maps every usage error to exit 2.
  for (const command of program.commands) command.exitOverride();
  return program;
};
