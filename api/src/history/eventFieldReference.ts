/** The import's field reference, read from the domain's event schemas (`caseEventFields`): for every case event its
 *  required and optional fields, their kind and allowed values. Used for Danish field errors, `mapping init` and the
 *  generated table in docs/history.md, so the three never disagree with the schemas. */
import { type CaseEventTag, caseEventFields, caseEventTags, IsoDate } from "@sagsflow/domain";

export type FieldKind = "dato" | "tekst" | "tal" | "ja/nej" | "valg";

export interface FieldInfo {
  readonly field: string;
  readonly required: boolean;
  readonly kind: FieldKind;
  /** The allowed values of a `valg` field, as stored. */
  readonly allowed?: ReadonlyArray<string | number>;
  /** A range or pattern the schema checks, in its own words (e.g. "a value between 0 and 37"). */
  readonly constraint?: string;
}

/** Fields every event has from the row itself, never from a mapping field source. */
export const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(["caseId", "date", "resource"]);

interface AstLike {
  readonly _tag: string;
  readonly literal?: string | number;
  readonly types?: ReadonlyArray<AstLike>;
  readonly context?: { readonly isOptional?: boolean };
  readonly checks?: ReadonlyArray<{ readonly annotations?: { readonly expected?: string } }>;
}

function kindOf(schema: unknown, ast: AstLike): Omit<FieldInfo, "field" | "required"> {
  // IsoDate, also inside optionalKey (same checks): its pattern names it.
  if (
    schema === IsoDate ||
    (ast.checks ?? []).some((c) => c.annotations?.expected?.includes("(19|20)\\d\\d-"))
  )
    return { kind: "dato" };
  if (ast._tag === "Union" && ast.types?.every((t) => t._tag === "Literal"))
    return { kind: "valg", allowed: ast.types.map((t) => t.literal as string | number) };
  const expected = (ast.checks ?? [])
    .map((c) => c.annotations?.expected)
    .filter((e) => e !== undefined && e !== "a finite number");
  const constraint = expected.length > 0 ? { constraint: expected.join(", ") } : {};
  if (ast._tag === "Number") return { kind: "tal", ...constraint };
  if (ast._tag === "Boolean") return { kind: "ja/nej" };
  return { kind: "tekst", ...constraint };
}

function describeEvent(tag: CaseEventTag): ReadonlyArray<FieldInfo> {
  const fields = caseEventFields[tag] as Readonly<Record<string, { readonly ast: AstLike }>>;
  return Object.entries(fields)
    .filter(([field]) => !ENVELOPE_FIELDS.has(field))
    .map(([field, schema]) => ({
      field,
      required: schema.ast.context?.isOptional !== true,
      ...kindOf(schema, schema.ast),
    }));
}

/** Event tag → its mappable fields (without case id, date and resource, which come from the row). */
export const eventFieldReference: ReadonlyMap<string, ReadonlyArray<FieldInfo>> = new Map(
  caseEventTags.map((tag) => [tag, describeEvent(tag)] as const),
);

/** The fields of one event, or undefined for an unknown tag. */
export const fieldsOf = (tag: string): ReadonlyArray<FieldInfo> | undefined =>
  eventFieldReference.get(tag);
