/** The writers' input and the mapper's output: a domain case event plus the source facts the domain
 *  event does not hold (time of day, lifecycle, resource), grouped per case with case attributes. */
import type { AttributeValue } from "./logRecord";

/** Structural view of a domain case event (`@sagsflow/domain` CaseEvent): tag, case id, date, fields. */
export interface CaseEventLike {
  readonly _tag: string;
  readonly caseId: string;
  readonly date: string;
  readonly [field: string]: unknown;
}

export interface HistoryEvent {
  readonly event: CaseEventLike;
  /** Canonical ISO datetime; absent when only the date is known. */
  readonly timestamp?: string;
  readonly start?: string;
  readonly lifecycle?: string;
  readonly resource?: string;
}

export interface HistoryCase {
  readonly caseId: string;
  /** Case (trace) attributes, keys without the `case:` prefix. */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly events: ReadonlyArray<HistoryEvent>;
}

/** A date-only event is exported at midnight UTC: converting to UTC never shifts its date. */
export const eventTime = (e: HistoryEvent): string =>
  e.timestamp ?? `${e.event.date}T00:00:00.000Z`;

/** Milliseconds for ordering; a timestamp without offset is read as UTC so order is machine-independent. */
export function instant(timestamp: string): number {
  // Fast path for the common date-only and UTC forms: same order as Date.parse, no allocation.
  if (timestamp.endsWith("T00:00:00.000Z"))
    return Date.UTC(+timestamp.slice(0, 4), +timestamp.slice(5, 7) - 1, +timestamp.slice(8, 10));
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(timestamp);
  return Date.parse(hasZone ? timestamp : `${timestamp}Z`);
}

// `resource` is a domain field on samtale-like events and is written as XES `org:resource`.
const ENVELOPE = new Set(["_tag", "caseId", "date", "resource"]);

/** The caseworker: the source fact, else the domain event's own `resource` field. */
export const eventResource = (e: HistoryEvent): string | undefined =>
  e.resource ?? (typeof e.event.resource === "string" ? e.event.resource : undefined);

/** Event-specific fields as scalar attributes, sorted by name; nested values are JSON text. */
export function eventFields(
  event: CaseEventLike,
): ReadonlyArray<readonly [string, AttributeValue]> {
  const out: Array<readonly [string, AttributeValue]> = [];
  for (const key of Object.keys(event).sort()) {
    const v = event[key];
    if (ENVELOPE.has(key) || v === undefined || v === null) continue;
    out.push([
      key,
      typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? v
        : JSON.stringify(v),
    ]);
  }
  return out;
}

/**
 * Cases sorted by id and events by time; equal times keep stream order, because same-day events
 * such as JobStarted then CaseClosed must not be reordered by name (docs/decisions/0050).
 */
export function sortCases(cases: ReadonlyArray<HistoryCase>): ReadonlyArray<HistoryCase> {
  return [...cases]
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
    .map((c) => ({
      ...c,
      events: c.events
        .map((e, i) => ({ e, i, t: instant(eventTime(e)) }))
        .sort((x, y) => x.t - y.t || x.i - y.i)
        .map((x) => x.e),
    }));
}

/** Wraps bare domain events (as read from a store) into cases without source facts. */
export function casesFromEvents(events: ReadonlyArray<CaseEventLike>): ReadonlyArray<HistoryCase> {
  const byCase = new Map<string, Array<HistoryEvent>>();
  for (const event of events) {
    const list = byCase.get(event.caseId) ?? [];
    list.push({ event });
    byCase.set(event.caseId, list);
  }
  return [...byCase].map(([caseId, evs]) => ({ caseId, attributes: {}, events: evs }));
}
