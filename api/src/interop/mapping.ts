/** The mapping file (YAML): which source columns carry case id, activity, times, resource, CPR and
 *  attributes, and which domain event each source activity becomes (issue 8, item 1). */
import { Result, Schema } from "effect";
import { parse } from "yaml";
import { MappingInvalid } from "./interopErrors";

/** `date` accepts the same forms as timestamps and yields `YYYY-MM-DD`. */
export const FieldType = Schema.Literals(["string", "int", "number", "boolean", "date"]);
export type FieldType = typeof FieldType.Type;

/** A domain field filled from a source attribute: `kategori: Kategori` or `{ from: Uger, type: int }`. */
export const FieldSource = Schema.Union([
  Schema.String,
  Schema.Struct({ from: Schema.String, type: Schema.optionalKey(FieldType) }),
]);
export type FieldSource = typeof FieldSource.Type;

export const ActivityMapping = Schema.Struct({
  /** Domain event tag, e.g. `SygemeldingReceived`. */
  event: Schema.String,
  /** Domain field name → source attribute. */
  fields: Schema.optionalKey(Schema.Record(Schema.String, FieldSource)),
  /** Copy every non-case attribute as a field of the same name (sagsflow's own exports). */
  passAttributes: Schema.optionalKey(Schema.Boolean),
});
export type ActivityMapping = typeof ActivityMapping.Type;

/** CSV column names; XES and OCEL carry these in standard keys and ignore this block. */
export const ColumnMapping = Schema.Struct({
  caseId: Schema.String,
  activity: Schema.String,
  /** Event form: one timestamp column. */
  timestamp: Schema.optionalKey(Schema.String),
  /** Interval form: start and end columns (end is the event time; start is kept). */
  start: Schema.optionalKey(Schema.String),
  end: Schema.optionalKey(Schema.String),
  resource: Schema.optionalKey(Schema.String),
  lifecycle: Schema.optionalKey(Schema.String),
  sequence: Schema.optionalKey(Schema.String),
  /** A column holding a CPR number: pseudonymised and kept as case attribute `case:borger`. */
  cpr: Schema.optionalKey(Schema.String),
  attributes: Schema.optionalKey(Schema.Array(Schema.String)),
  caseAttributes: Schema.optionalKey(Schema.Array(Schema.String)),
});
export type ColumnMapping = typeof ColumnMapping.Type;

export const Mapping = Schema.Struct({
  description: Schema.optionalKey(Schema.String),
  columns: Schema.optionalKey(ColumnMapping),
  activities: Schema.Record(Schema.String, ActivityMapping),
  /** Source activities known to carry no domain meaning: skipped, not rejected. */
  ignore: Schema.optionalKey(Schema.Array(Schema.String)),
});
export type Mapping = typeof Mapping.Type;

/**
 * Parses and validates mapping YAML text.
 * @example parseMapping("activities: { Raskmeldt: { event: RaskmeldingRegistered } }", "m.yaml")
 */
export function parseMapping(text: string, file: string): Result.Result<Mapping, MappingInvalid> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? (cause.message.split("\n")[0] ?? "") : String(cause);
    return Result.fail(new MappingInvalid({ file, reason: `not valid YAML: ${reason}` }));
  }
  const decoded = Schema.decodeUnknownResult(Mapping)(raw);
  return Result.isFailure(decoded)
    ? Result.fail(new MappingInvalid({ file, reason: decoded.failure.message }))
    : Result.succeed(decoded.success);
}
