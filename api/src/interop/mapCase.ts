/** Maps one case's LogRecords to domain events: sort by time, map activities and fields, validate
 *  the order; any broken row rejects the whole case, so nothing partial is stored (issue 8). */
import { Result } from "effect";
import { coerceField } from "./coerceField";
import { type CaseEventLike, type HistoryCase, type HistoryEvent, instant } from "./historyEvent";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import type { ActivityMapping, Mapping } from "./mapping";

/** Finds rule violations in a case's ordered events; `index` points at the offending event. */
export type CaseValidator = (
  events: ReadonlyArray<CaseEventLike>,
) => ReadonlyArray<{ readonly index: number; readonly reason: string }>;
/** Decodes a raw event against the domain schema (e.g. `Schema.decodeUnknownResult(CaseEvent)`). */
export type EventDecoder = (raw: CaseEventLike) => Result.Result<CaseEventLike, string>;

export interface MapOptions {
  readonly mapping: Mapping;
  /** Source column of the activity, used in rejects (`concept:name` for XES, `type` for OCEL). */
  readonly activityColumn: string;
  readonly validate?: CaseValidator;
  readonly decode?: EventDecoder;
}

export type CaseOutcome =
  | {
      readonly _tag: "Mapped";
      readonly case: HistoryCase;
      readonly ignored: number;
      readonly unmapped: ReadonlyMap<string, number>;
    }
  | {
      readonly _tag: "Rejected";
      readonly caseId: string;
      readonly rejects: ReadonlyArray<Reject>;
      readonly unmapped: ReadonlyMap<string, number>;
    };

const sortKey = (r: LogRecord): number => instant(r.timestamp ?? `${r.date}T00:00:00.000Z`);

/** Builds the event's specific fields from the record's attributes; the failure names field and value. */
function buildFields(
  rec: LogRecord,
  am: ActivityMapping,
): Result.Result<Record<string, AttributeValue>, { column: string; reason: string }> {
  const fields: Record<string, AttributeValue> = {};
  if (am.passAttributes === true) {
    for (const [k, v] of Object.entries(rec.attributes))
      if (!k.startsWith(CASE_ATTRIBUTE_PREFIX)) fields[k] = v;
  }
  for (const [field, src] of Object.entries(am.fields ?? {})) {
    const from = typeof src === "string" ? src : src.from;
    const value = rec.attributes[from] ?? rec.attributes[`${CASE_ATTRIBUTE_PREFIX}${from}`];
    if (value === undefined)
      return Result.fail({
        column: from,
        reason: `${am.event}.${field} is missing (source "${from}" is empty)`,
      });
    const typed = coerceField(value, typeof src === "string" ? "string" : (src.type ?? "string"));
    if (Result.isFailure(typed))
      return Result.fail({
        column: from,
        reason: `${am.event}.${field} "${String(value)}": ${typed.failure}`,
      });
    fields[field] = typed.success;
  }
  return Result.succeed(fields);
}

function toHistoryEvent(rec: LogRecord, event: CaseEventLike): HistoryEvent {
  return {
    event,
    ...(rec.timestamp === undefined ? {} : { timestamp: rec.timestamp }),
    ...(rec.start === undefined ? {} : { start: rec.start }),
    ...(rec.lifecycle === undefined ? {} : { lifecycle: rec.lifecycle }),
    ...(rec.resource === undefined ? {} : { resource: rec.resource }),
  };
}

/**
 * Maps the records of one case (any order) to a HistoryCase or to the case's rejects.
 * @example mapCase("S1", records, { mapping, activityColumn: "Aktivitet" })
 */
export function mapCase(
  caseId: string,
  records: ReadonlyArray<LogRecord>,
  options: MapOptions,
): CaseOutcome {
  const { mapping, activityColumn } = options;
  const ignore = new Set(mapping.ignore ?? []);
  const sorted =
    records.length < 2
      ? records
      : records
          .map((r, i) => ({ r, i, t: sortKey(r) }))
          .sort((a, b) => a.t - b.t || (a.r.sequence ?? 0) - (b.r.sequence ?? 0) || a.i - b.i)
          .map((x) => x.r);
  const rejects: Array<Reject> = [];
  const unmapped = new Map<string, number>();
  const kept: Array<{ rec: LogRecord; event: CaseEventLike }> = [];
  const attributes: Record<string, AttributeValue> = {};
  let ignored = 0;
  const reject = (rec: LogRecord, column: string, reason: string) =>
    rejects.push({ file: rec.source.file, line: rec.source.line, column, reason, caseId });
  for (const rec of sorted) {
    for (const k in rec.attributes)
      if (k.startsWith(CASE_ATTRIBUTE_PREFIX))
        attributes[k.slice(CASE_ATTRIBUTE_PREFIX.length)] = rec.attributes[k] as AttributeValue;
    if (ignore.has(rec.activity)) {
      ignored++;
      continue;
    }
    const am = Object.hasOwn(mapping.activities, rec.activity)
      ? mapping.activities[rec.activity]
      : undefined;
    if (am === undefined) {
      unmapped.set(rec.activity, (unmapped.get(rec.activity) ?? 0) + 1);
      reject(rec, activityColumn, `unknown activity "${rec.activity}" (not in the mapping)`);
      continue;
    }
    const fields = buildFields(rec, am);
    if (Result.isFailure(fields)) {
      reject(rec, fields.failure.column, fields.failure.reason);
      continue;
    }
    const raw: CaseEventLike = {
      ...fields.success,
      ...(rec.resource === undefined ? {} : { resource: rec.resource }),
      _tag: am.event,
      caseId,
      date: rec.date,
    };
    const decoded = options.decode ? options.decode(raw) : Result.succeed(raw);
    if (Result.isFailure(decoded)) {
      reject(rec, activityColumn, `${am.event}: ${decoded.failure}`);
      continue;
    }
    kept.push({ rec, event: decoded.success });
  }
  if (rejects.length === 0 && options.validate) {
    for (const v of options.validate(kept.map((k) => k.event))) {
      const rec = kept[v.index]?.rec;
      if (rec) reject(rec, activityColumn, v.reason);
    }
  }
  if (rejects.length > 0) return { _tag: "Rejected", caseId, rejects, unmapped };
  return {
    _tag: "Mapped",
    case: { caseId, attributes, events: kept.map((k) => toHistoryEvent(k.rec, k.event)) },
    ignored,
    unmapped,
  };
}
