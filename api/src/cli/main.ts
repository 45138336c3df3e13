/** Entry of the `sagsflow` CLI: parses arguments, runs the chosen command's effect, maps the outcome to an exit code. */
import { CommanderError } from "commander";
import { type CliIo, type PipeWatch, processIo, watchPipe, writeText } from "./cliIo";
import { commandOutcome } from "./commandResult";
import { EXIT_OK, EXIT_USAGE, exitOutcome } from "./exitCode";
import type { CommandEffect } from "./commandEffect";
import { buildProgram } from "./program";

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

/** Writes the output; once the reader has closed the pipe it stops writing, quietly: the exit code stays the command's. */
const emit = async (
  io: CliIo,
  output: string | Iterable<string>,
  pipe: PipeWatch,
): Promise<void> => {
  for (const chunk of typeof output === "string" ? [output] : output) {
    if (pipe.closed()) return;
    if (chunk === "") continue;
    try {
      await writeText(io.stdout, chunk);
    } catch (error) {
      if (pipe.closed() || (error as { code?: unknown }).code === "EPIPE") return;
      throw error;
    }
  }
};

/** Runs the CLI on `argv` (without `node` and the script) and resolves with the exit code; never throws. */
export const main = async (
  argv: ReadonlyArray<string>,
  io: CliIo = processIo(),
): Promise<number> => {
  const pipe = watchPipe(io.stdout);
  try {
    const parsed = await parse(argv, io);
    if (typeof parsed === "number") return parsed;
    // Loaded only when a command runs: the effect barrel costs seconds under tsx, which `--help` need not pay.
    const { Cause, Effect, Exit } = await import("effect");
    const exit = await Effect.runPromiseExit(parsed);
    if (Exit.isSuccess(exit)) {
      const { output, code } = commandOutcome(exit.value);
      await emit(io, output, pipe);
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
