/** Fills one domain field of a mapped event from a record, as the mapping's field source says: a constant, a
 *  derivation, or a column with its value translation and default (docs/history.md "Mapping file"). */
import { Result } from "effect";
import { coerceField } from "./coerceField";
import { ageBandAt, BIRTH_ATTRIBUTE } from "./cprBirthDate";
import { type AttributeValue, CASE_ATTRIBUTE_PREFIX, type LogRecord } from "./logRecord";
import { shownValue } from "./pseudonymise";
import {
  type FieldSource,
  type FieldSpec,
  type Mapping,
  normaliseLabel,
  type ValueMap,
} from "./mapping";

/** Why a field could not be filled; `column` is the source column, when there is one. */
export interface FieldProblem {
  readonly field: string;
  readonly column?: string;
  readonly code: string;
  readonly message: string;
}

/** A value translation keyed by normalised source value, built once per mapping. */
export type ValueLookup = (column: string, spec: FieldSpec) => ReadonlyMap<string, AttributeValue>;

/** Caches the normalised value maps of a mapping (file-wide `values` and per-field `values`). */
export function valueLookup(mapping: Mapping): ValueLookup {
  const cache = new Map<ValueMap, ReadonlyMap<string, AttributeValue>>();
  const normalised = (vm: ValueMap) => {
    let m = cache.get(vm);
    if (m === undefined) {
      m = new Map(Object.entries(vm).map(([k, v]) => [normaliseLabel(k), v] as const));
      cache.set(vm, m);
    }
    return m;
  };
  const empty = new Map<string, AttributeValue>();
  return (column, spec) => {
    const vm = spec.values ?? mapping.values?.[column];
    return vm === undefined ? empty : normalised(vm);
  };
}

export const specOf = (src: FieldSource): FieldSpec =>
  typeof src === "string" ? { from: src } : src;

const sourceValue = (rec: LogRecord, column: string): AttributeValue | undefined => {
  const v = rec.attributes[column] ?? rec.attributes[`${CASE_ATTRIBUTE_PREFIX}${column}`];
  return v === "" ? undefined : v;
};

/**
 * The field's value, `undefined` when the source is empty and there is no default (the schema check then says
 * whether the field is required), or a problem naming field, column and value.
 */
export function resolveField(
  field: string,
  src: FieldSource,
  rec: LogRecord,
  lookup: ValueLookup,
): Result.Result<AttributeValue | undefined, FieldProblem> {
  const spec = specOf(src);
  if (spec.const !== undefined) return Result.succeed(spec.const);
  if (spec.derive === "eventDate") return Result.succeed(rec.date);
  if (spec.derive === "ageBandFromCpr") {
    const birth = rec.attributes[BIRTH_ATTRIBUTE];
    return typeof birth === "string"
      ? Result.succeed(ageBandAt(birth, rec.date))
      : spec.default !== undefined
        ? Result.succeed(spec.default)
        : Result.fail({
            field,
            code: "cpr-ugyldigt",
            message: `${field} kan ikke udledes: rækkens CPR-nummer mangler eller er ikke et gyldigt CPR-nummer`,
          });
  }
  if (spec.from === undefined) return Result.succeed(spec.default);
  const raw = sourceValue(rec, spec.from);
  if (raw === undefined) return Result.succeed(spec.default);
  const translated = lookup(spec.from, spec).get(normaliseLabel(String(raw))) ?? raw;
  if (spec.type === undefined) return Result.succeed(translated);
  const typed = coerceField(translated, spec.type);
  return Result.isSuccess(typed)
    ? Result.succeed(typed.success)
    : Result.fail({
        field,
        column: spec.from,
        code: "type",
        message: `${field} "${shownValue(String(raw))}" i kolonnen ${spec.from}: ${typed.failure}`,
      });
}
