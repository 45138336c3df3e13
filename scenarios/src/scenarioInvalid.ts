/** The one error a scenario can fail with: every problem names file, line, column, field and value. */
import { Schema } from "effect";

export const ScenarioProblem = Schema.Struct({
  file: Schema.String,
  line: Schema.NullOr(Schema.Number),
  column: Schema.NullOr(Schema.Number),
  field: Schema.String,
  value: Schema.String,
  message: Schema.String,
});
export type ScenarioProblem = typeof ScenarioProblem.Type;

export class ScenarioInvalid extends Schema.TaggedError<ScenarioInvalid>()("ScenarioInvalid", {
  problems: Schema.Array(ScenarioProblem),
}) {
  /** One line for a CLI or a log: the first problem, and how many more there are. */
  override get message(): string {
    const first = this.problems[0];
    if (first === undefined) return "invalid scenario";
    const more = this.problems.length > 1 ? ` (+${this.problems.length - 1} more)` : "";
    return `${formatProblem(first)}${more}`;
  }
}

export const formatProblem = (p: ScenarioProblem): string => {
  const at = p.line === null ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const field = p.field === "" ? "(root)" : p.field;
  return `${at}: ${field} = ${p.value}: ${p.message}`;
};

/** Renders an offending value briefly (problems are read by people). */
export const showValue = (value: unknown): string => {
  if (value === undefined) return "(missing)";
  const text =
    typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
