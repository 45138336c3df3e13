/** Lets a command choose its exit code while still printing a result, e.g. `import` exits 4 with its summary
 *  when rows were rejected; plain text or chunks stay exit 0 (docs/cli.md "Exit codes"). */

export interface CommandResult {
  readonly output: string | Iterable<string>;
  readonly exitCode: number;
}

/** What a command's effect may produce: stdout text, chunks, or text with a chosen exit code. */
export type CommandOutput = string | Iterable<string> | CommandResult;

export const withExitCode = (output: string, exitCode: number): CommandResult => ({
  output,
  exitCode,
});

const isCommandResult = (value: CommandOutput): value is CommandResult =>
  typeof value === "object" && value !== null && "exitCode" in value;

/** Splits a command's output into what goes to stdout and the exit code (0 unless the command chose one). */
export const commandOutcome = (
  value: CommandOutput,
): { readonly output: string | Iterable<string>; readonly code: number } =>
  isCommandResult(value)
    ? { output: value.output, code: value.exitCode }
    : { output: value, code: 0 };
