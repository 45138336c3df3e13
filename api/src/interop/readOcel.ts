/** Reads an OCEL 2.0 JSON log (shape in simulation-landscape.md §5): each event related to a `case`
 *  object becomes a LogRecord; other related objects become attributes named by their qualifier. */
import { Result, Schema } from "effect";
import { InputUnreadable } from "./interopErrors";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import { parseDate } from "./parseDate";

const Value = Schema.Union([Schema.String, Schema.Number, Schema.Boolean]);
const Relationship = Schema.Struct({ objectId: Schema.String, qualifier: Schema.String });
const OcelObject = Schema.Struct({
  id: Schema.String,
  type: Schema.String,
  attributes: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({ name: Schema.String, time: Schema.optionalKey(Schema.String), value: Value }),
    ),
  ),
  relationships: Schema.optionalKey(Schema.Array(Relationship)),
});
const OcelEvent = Schema.Struct({
  id: Schema.String,
  type: Schema.String,
  time: Schema.String,
  attributes: Schema.optionalKey(
    Schema.Array(Schema.Struct({ name: Schema.String, value: Value })),
  ),
  relationships: Schema.optionalKey(Schema.Array(Relationship)),
});
/** The parts of an OCEL 2.0 JSON document the reader needs. */
export const OcelDocument = Schema.Struct({
  objects: Schema.Array(OcelObject),
  events: Schema.Array(OcelEvent),
});
export type OcelDocument = typeof OcelDocument.Type;

export interface OcelReadResult {
  readonly records: ReadonlyArray<LogRecord>;
  readonly rejects: ReadonlyArray<Reject>;
}

/** Finds each event's line by scanning forward for its JSON-encoded id, one pass over the text. */
function eventLines(text: string, ids: ReadonlyArray<string>): ReadonlyArray<number> {
  let pos = Math.max(0, text.indexOf('"events"'));
  let line = text.slice(0, pos).split("\n").length;
  return ids.map((id) => {
    const next = text.indexOf(JSON.stringify(id), pos);
    if (next === -1) return line;
    for (let i = pos; i < next; i++) if (text.charCodeAt(i) === 10) line++;
    pos = next;
    return line;
  });
}

function caseAttributes(obj: typeof OcelObject.Type): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  // Object attributes are time-stamped; the latest value is the case attribute.
  const sorted = [...(obj.attributes ?? [])].sort((a, b) =>
    (a.time ?? "").localeCompare(b.time ?? ""),
  );
  for (const a of sorted) out[`${CASE_ATTRIBUTE_PREFIX}${a.name}`] = a.value;
  return out;
}

function toRecord(
  ev: typeof OcelEvent.Type,
  line: number,
  objects: ReadonlyMap<string, typeof OcelObject.Type>,
  file: string,
): LogRecord | Reject {
  const rels = ev.relationships ?? [];
  const caseRel = rels.find((r) => objects.get(r.objectId)?.type === "case");
  if (caseRel === undefined)
    return {
      file,
      line,
      column: "relationships",
      reason: `event "${ev.id}" is related to no case object`,
    };
  const caseObj = objects.get(caseRel.objectId);
  const parsed = parseDate(ev.time);
  if (Result.isFailure(parsed))
    return {
      file,
      line,
      column: "time",
      reason: `date "${ev.time}": ${parsed.failure}`,
      caseId: caseRel.objectId,
    };
  const attributes: Record<string, AttributeValue> =
    caseObj === undefined ? {} : caseAttributes(caseObj);
  let lifecycle: string | undefined;
  let resource: string | undefined;
  for (const a of ev.attributes ?? []) {
    if (a.name === "lifecycle:transition") lifecycle = String(a.value);
    else if (a.name === "org:resource") resource = String(a.value);
    else attributes[a.name] = a.value;
  }
  for (const r of rels) {
    if (r !== caseRel && objects.get(r.objectId)?.type !== "deadline")
      attributes[r.qualifier] = r.objectId;
  }
  return {
    caseId: caseRel.objectId,
    activity: ev.type,
    ...parsed.success,
    ...(lifecycle === undefined ? {} : { lifecycle }),
    ...(resource === undefined ? {} : { resource }),
    attributes,
    source: { file, line },
  };
}

/**
 * Reads OCEL 2.0 JSON text. Deadline objects are derived data (rettidighed is recomputed from
 * events, domain.md §1.8), so relations to them are not imported.
 */
export function readOcel(
  text: string,
  file: string,
): Result.Result<OcelReadResult, InputUnreadable> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    return Result.fail(
      new InputUnreadable({
        file,
        reason: `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      }),
    );
  }
  const doc = Schema.decodeUnknownResult(OcelDocument)(raw);
  if (Result.isFailure(doc))
    return Result.fail(
      new InputUnreadable({ file, reason: `not OCEL 2.0 JSON: ${doc.failure.message}` }),
    );
  const objects = new Map(doc.success.objects.map((o) => [o.id, o] as const));
  const lines = eventLines(
    text,
    doc.success.events.map((e) => e.id),
  );
  const records: Array<LogRecord> = [];
  const rejects: Array<Reject> = [];
  doc.success.events.forEach((ev, i) => {
    const r = toRecord(ev, lines[i] ?? 0, objects, file);
    if ("reason" in r) rejects.push(r);
    else records.push(r);
  });
  return Result.succeed({ records, rejects });
}
