/** Tagged errors of the interop layer; each names the file or field and the offending value,
 *  so the CLI can print one line and the HTTP edge one problem detail. */
import { Schema } from "effect";

/** The input file cannot be read or is not the claimed format (CLI exit 2). */
export class InputUnreadable extends Schema.TaggedError<InputUnreadable>()("InputUnreadable", {
  file: Schema.String,
  reason: Schema.String,
}) {}

/** The mapping YAML is not valid YAML or does not match the mapping schema. */
export class MappingInvalid extends Schema.TaggedError<MappingInvalid>()("MappingInvalid", {
  file: Schema.String,
  reason: Schema.String,
}) {}

/** A CPR-like value must be pseudonymised but no key (`SAGSFLOW_PSEUDO_KEY`) was given. */
export class PseudonymKeyMissing extends Schema.TaggedError<PseudonymKeyMissing>()(
  "PseudonymKeyMissing",
  {
    file: Schema.String,
    line: Schema.Number,
    field: Schema.String,
  },
) {
  override get message(): string {
    return `${this.file}:${this.line}: field "${this.field}" holds a CPR-like value; set SAGSFLOW_PSEUDO_KEY to pseudonymise it`;
  }
}

export type InteropError = InputUnreadable | MappingInvalid | PseudonymKeyMissing;
