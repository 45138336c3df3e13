/** The descriptive part of a scenario file: who it is, which family and question it answers, what it extends. */
import { Schema } from "effect";

export const SCENARIO_SCHEMA_VERSION = 1;

export const ScenarioMeta = Schema.Struct({
  schemaVersion: Schema.Literal(SCENARIO_SCHEMA_VERSION),
  id: Schema.String.check(Schema.isPattern(/^[a-z0-9][a-z0-9-]*$/)),
  name: Schema.String,
  family: Schema.optionalKey(Schema.String),
  question: Schema.optionalKey(Schema.String),
  description: Schema.optionalKey(Schema.String),
  extends: Schema.optionalKey(Schema.String),
});
export type ScenarioMeta = typeof ScenarioMeta.Type;

/** Keys of a scenario file that are metadata, not model parameters. */
export const META_KEYS: ReadonlySet<string> = new Set(Object.keys(ScenarioMeta.fields));
