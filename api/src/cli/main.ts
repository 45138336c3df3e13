/** Entry of the `sagsflow` CLI: parses arguments, runs the chosen command's effect, maps the outcome to an exit code. */
import { CommanderError } from "commander";
import { type CliIo, processIo, writeText } from "./cliIo";
import { commandOutcome } from "./commandResult";
import { EXIT_OK, EXIT_USAGE, exitOutcome } from "./exitCode";
import { buildProgram, type CommandEffect } from "./program";

const parse = async (argv: ReadonlyArray<string>, io: CliIo): Promise<CommandEffect | number> => {
  let chosen: CommandEffect | undefined;
  const program = buildProgram(io, (e) => {
    chosen = e;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    // Commander has already printed its one-line message (or the help text).
    if (error instanceof CommanderError) {
      const ok =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help";
      return ok ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return chosen ?? EXIT_OK;
};

const emit = async (io: CliIo, output: string | Iterable<string>): Promise<void> => {
  if (typeof output === "string") {
    if (output !== "") await writeText(io.stdout, output);
    return;
  }
  for (const chunk of output) await writeText(io.stdout, chunk);
};

/** Runs the CLI on `argv` (without `node` and the script) and resolves with the exit code; never throws. */
export const main = async (
  argv: ReadonlyArray<string>,
  io: CliIo = processIo(),
): Promise<number> => {
  try {
    const parsed = await parse(argv, io);
    if (typeof parsed === "number") return parsed;
    // Loaded only when a command runs: the effect barrel costs seconds under tsx, which `--help` need not pay.
    const { Cause, Effect, Exit } = await import("effect");
    const exit = await Effect.runPromiseExit(parsed);
    if (Exit.isSuccess(exit)) {
      const { output, code } = commandOutcome(exit.value);
      await emit(io, output);
      return code;
    }
    const failure = Cause.findErrorOption(exit.cause);
    const outcome = exitOutcome(failure._tag === "Some" ? failure.value : Cause.squash(exit.cause));
    await writeText(io.stderr, `${outcome.message}\n`);
    return outcome.code;
  } catch (defect) {
    const outcome = exitOutcome(defect);
    await writeText(io.stderr, `${outcome.message}\n`);
    return outcome.code;
  }
};
