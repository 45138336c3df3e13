/** The mapping file (YAML, version 2; docs/history.md "Mapping file"): which source columns carry case id, activity,
 *  times, resource and CPR, how each source activity becomes a domain event, and how each event field is filled
 *  (column, value translation, constant, default, derivation). Version 1 files are a subset and load unchanged. */
import { Schema } from "effect";

/** `date` accepts the same forms as timestamps and yields `YYYY-MM-DD`. */
export const FieldType = Schema.Literals(["string", "int", "number", "boolean", "date"]);
export type FieldType = typeof FieldType.Type;

export const Scalar = Schema.Union([Schema.String, Schema.Number, Schema.Boolean]);
export type Scalar = typeof Scalar.Type;

/** Source value (matched without regard to case and surrounding spaces) → domain value. */
export const ValueMap = Schema.Record(Schema.String, Scalar);
export type ValueMap = typeof ValueMap.Type;

/** Fields computed from the row instead of read from one column. */
export const Derivation = Schema.Literals(["eventDate", "ageBandFromCpr"]);
export type Derivation = typeof Derivation.Type;

/** How one domain field is filled; `from` may name any column of the file. */
export const FieldSpec = Schema.Struct({
  from: Schema.optionalKey(Schema.String),
  type: Schema.optionalKey(FieldType),
  /** Translations for this field only; otherwise the file-wide `values.<from>` applies. */
  values: Schema.optionalKey(ValueMap),
  /** Used when the source cell is empty or the column is absent. */
  default: Schema.optionalKey(Scalar),
  /** Always this value; the source is not read. */
  const: Schema.optionalKey(Scalar),
  derive: Schema.optionalKey(Derivation),
});
export type FieldSpec = typeof FieldSpec.Type;

/** A domain field filled from a source attribute: `kategori: Kategori` or a FieldSpec. */
export const FieldSource = Schema.Union([Schema.String, FieldSpec]);
export type FieldSource = typeof FieldSource.Type;

export const ActivityMapping = Schema.Struct({
  /** Domain event tag, e.g. `SygemeldingReceived`. */
  event: Schema.String,
  /** Domain field name → source. */
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
  /** Version 1: the only columns fields may read. Version 2 fields may read any column. */
  attributes: Schema.optionalKey(Schema.Array(Schema.String)),
  caseAttributes: Schema.optionalKey(Schema.Array(Schema.String)),
  /** Columns never read (personal data such as `Navn`): not kept, not echoed in any message. */
  drop: Schema.optionalKey(Schema.Array(Schema.String)),
});
export type ColumnMapping = typeof ColumnMapping.Type;

export const TextEncodingName = Schema.Literals(["utf-8", "windows-1252", "iso-8859-1"]);
export type TextEncodingName = typeof TextEncodingName.Type;

/** How the file is written; each is detected when absent. */
export const SourceFormat = Schema.Struct({
  encoding: Schema.optionalKey(TextEncodingName),
  delimiter: Schema.optionalKey(Schema.Literals([";", ",", "\t"])),
  /** e.g. `[dd-mm-yyyy, dd-mm-yyyy HH:MM, yyyy-mm-dd]`; absent: Danish day-first and ISO 8601. */
  dateFormats: Schema.optionalKey(Schema.Array(Schema.String)),
});
export type SourceFormat = typeof SourceFormat.Type;

/** Rows that are no events (a totals row "I alt"): skipped when `column` holds one of `values`. */
export const SkipRule = Schema.Struct({
  column: Schema.String,
  values: Schema.Array(Schema.String),
});
export type SkipRule = typeof SkipRule.Type;

export const Mapping = Schema.Struct({
  version: Schema.optionalKey(Schema.Literals([1, 2])),
  description: Schema.optionalKey(Schema.String),
  source: Schema.optionalKey(SourceFormat),
  columns: Schema.optionalKey(ColumnMapping),
  skipRows: Schema.optionalKey(Schema.Array(SkipRule)),
  /** What an activity with no entry under `activities` or `ignore` does: reject its case (default) or be skipped. */
  unmapped: Schema.optionalKey(Schema.Literals(["reject", "ignore"])),
  /** File-wide value translations per source column (used by every field reading that column). */
  values: Schema.optionalKey(Schema.Record(Schema.String, ValueMap)),
  activities: Schema.Record(Schema.String, ActivityMapping),
  /** Source activities known to carry no domain meaning: skipped, not rejected. */
  ignore: Schema.optionalKey(Schema.Array(Schema.String)),
});
export type Mapping = typeof Mapping.Type;

/** Activity labels and value-map keys match without regard to case or repeated spaces. */
export const normaliseLabel = (label: string): string =>
  label.trim().replace(/\s+/g, " ").toLocaleLowerCase("da");
