/** Writes OCEL 2.0 JSON (simulation-landscape.md §5) with objects `case`, `deadline` and
 *  `rekrutteringsanmodning`; one object or event per line so readers can report line numbers. */
import { type HistoryCase, eventFields, eventResource, eventTime, sortCases } from "./historyEvent";
import type { AttributeValue } from "./logRecord";

/** A rettidighed deadline (domain.md §1.8) as computed by the domain projection, optionally met by an event. */
export interface OcelDeadline {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly due: string;
  readonly metBy?: { readonly tag: string; readonly date: string };
}

export interface OcelWriteOptions {
  readonly deadlines?: ReadonlyArray<OcelDeadline>;
  /** Event fields that name another object: field → object type (the field name is the qualifier). */
  readonly objectFields?: Readonly<Record<string, string>>;
}

export const DEFAULT_OBJECT_FIELDS: Readonly<Record<string, string>> = {
  rekrutteringId: "rekrutteringsanmodning",
};
const EPOCH = "1970-01-01T00:00:00.000Z";

const ocelType = (v: AttributeValue): string =>
  typeof v === "boolean"
    ? "boolean"
    : typeof v === "number"
      ? Number.isInteger(v)
        ? "integer"
        : "float"
      : "string";

type Attr = { readonly name: string; readonly type: string };
const typeList = (m: ReadonlyMap<string, string>): ReadonlyArray<Attr> =>
  [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, type]) => ({ name, type }));

/** Events of all cases with their relationships; collects event-type attributes and referenced objects. */
function ocelEvents(cases: ReadonlyArray<HistoryCase>, options: OcelWriteOptions) {
  const objectFields = options.objectFields ?? DEFAULT_OBJECT_FIELDS;
  const deadlineByEvent = new Map<string, Array<string>>();
  for (const d of options.deadlines ?? []) {
    if (d.metBy === undefined) continue;
    const key = `${d.caseId}\u0000${d.metBy.tag}\u0000${d.metBy.date}`;
    deadlineByEvent.set(key, [...(deadlineByEvent.get(key) ?? []), d.id]);
  }
  const eventTypes = new Map<string, Map<string, string>>();
  const referenced = new Map<string, string>();
  const events = cases.flatMap((c) =>
    c.events.map((e, i) => {
      const types = eventTypes.get(e.event._tag) ?? new Map<string, string>();
      eventTypes.set(e.event._tag, types);
      const attributes: Array<{ name: string; value: AttributeValue }> = [];
      const relationships = [{ objectId: c.caseId, qualifier: "case" }];
      const push = (name: string, value: AttributeValue) => {
        attributes.push({ name, value });
        types.set(name, ocelType(value));
      };
      push("lifecycle:transition", e.lifecycle ?? "complete");
      const resource = eventResource(e);
      if (resource !== undefined) push("org:resource", resource);
      for (const [k, v] of eventFields(e.event)) {
        const objectType = objectFields[k];
        if (objectType === undefined) push(k, v);
        else {
          relationships.push({ objectId: String(v), qualifier: k });
          referenced.set(String(v), objectType);
        }
      }
      for (const id of deadlineByEvent.get(
        `${c.caseId}\u0000${e.event._tag}\u0000${e.event.date}`,
      ) ?? []) {
        relationships.push({ objectId: id, qualifier: "deadline" });
      }
      return {
        id: `${c.caseId}:${i}`,
        type: e.event._tag,
        time: eventTime(e),
        attributes,
        relationships,
      };
    }),
  );
  return { events, eventTypes, referenced };
}

/**
 * Renders cases as OCEL 2.0 JSON text; deterministic for the same input.
 * @example fs.writeFileSync("log.jsonocel", writeOcel(cases, { deadlines }))
 */
export function writeOcel(
  cases: ReadonlyArray<HistoryCase>,
  options: OcelWriteOptions = {},
): string {
  const sorted = sortCases(cases);
  const { events, eventTypes, referenced } = ocelEvents(sorted, options);
  const caseTypes = new Map<string, string>();
  const objects: Array<unknown> = sorted.map((c) => ({
    id: c.caseId,
    type: "case",
    attributes: Object.keys(c.attributes)
      .sort()
      .map((name) => {
        const value = c.attributes[name] as AttributeValue;
        caseTypes.set(name, ocelType(value));
        return { name, time: EPOCH, value };
      }),
    relationships: [],
  }));
  const deadlines = [...(options.deadlines ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const d of deadlines) {
    objects.push({
      id: d.id,
      type: "deadline",
      attributes: [
        { name: "due", time: EPOCH, value: d.due },
        { name: "kind", time: EPOCH, value: d.kind },
      ],
      relationships: [{ objectId: d.caseId, qualifier: "case" }],
    });
  }
  for (const [id, type] of [...referenced].sort(([a], [b]) => (a < b ? -1 : 1)))
    objects.push({ id, type, attributes: [], relationships: [] });
  const objectTypes = [
    { name: "case", attributes: typeList(caseTypes) },
    {
      name: "deadline",
      attributes: [
        { name: "due", type: "time" },
        { name: "kind", type: "string" },
      ],
    },
    ...[...new Set(Object.values(options.objectFields ?? DEFAULT_OBJECT_FIELDS))]
      .sort()
      .map((name) => ({ name, attributes: [] })),
  ];
  const types = [...eventTypes.keys()]
    .sort()
    .map((name) => ({ name, attributes: typeList(eventTypes.get(name) ?? new Map()) }));
  const list = (xs: ReadonlyArray<unknown>) =>
    xs.length === 0 ? "[]" : `[\n${xs.map((x) => JSON.stringify(x)).join(",\n")}\n]`;
  return `{"objectTypes":${JSON.stringify(objectTypes)},\n"eventTypes":${list(types)},\n"objects":${list(objects)},\n"events":${list(events)}}\n`;
}
