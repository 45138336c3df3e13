/**
 * The one place where failures become exit codes and one-line messages (docs/cli.md "Exit codes"):
 * 0 ok, 1 internal error, 2 usage or input error, 3 store unavailable, 4 import finished with rejected rows
 * (chosen by the command through `withExitCode`), 5 `check` outside a reference band (also through `withExitCode`).
 * No stack trace reaches the user.
 */

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;
export const EXIT_STORE = 3;
export const EXIT_ROWS_REJECTED = 4;

const USAGE_TAGS = new Set([
  "ScenarioInvalid",
  "OptionInvalid",
  "OutputUnwritable",
  "EventStoreConfigInvalid",
  "InputUnreadable",
  "MappingInvalid",
  "PseudonymKeyMissing",
  "HistoryEmpty",
  "CalibrationRangeInvalid",
  "EventIdConflict",
]);
const STORE_TAGS = new Set(["StoreUnavailable", "EventStoreUnavailable", "EventStoreError"]);

export interface ExitOutcome {
  readonly code: number;
  readonly message: string;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ").trim();

const messageOf = (failure: unknown): string => {
  if (typeof failure !== "object" || failure === null) return String(failure);
  const f = failure as { message?: unknown; file?: unknown; reason?: unknown };
  if (typeof f.message === "string" && f.message !== "") return f.message;
  // Interop errors (InputUnreadable, MappingInvalid) carry their text as file and reason fields.
  if (typeof f.file === "string" && typeof f.reason === "string") return `${f.file}: ${f.reason}`;
  return String(f.message ?? failure);
};

/** A typed failure (by `_tag`) or a defect (anything else) as exit code and message. */
export const exitOutcome = (failure: unknown): ExitOutcome => {
  const tag =
    typeof failure === "object" && failure !== null
      ? (failure as { _tag?: unknown })._tag
      : undefined;
  const message = oneLine(messageOf(failure));
  if (typeof tag === "string" && USAGE_TAGS.has(tag))
    return { code: EXIT_USAGE, message: `fejl: ${message}` };
  if (typeof tag === "string" && STORE_TAGS.has(tag))
    return { code: EXIT_STORE, message: `fejl: ${message}` };
  return { code: EXIT_INTERNAL, message: `intern fejl: ${message}` };
};
