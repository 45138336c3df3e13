/** Maps one case's LogRecords to domain events: sort by time, map activities and fields, validate the order. Every
 *  reason of every row is reported (not only the first); any broken row rejects the whole case, so nothing partial
 *  of a case is stored (issue 8, issue 19 item 4). */
import { Result } from "effect";
import { type CaseEventLike, type HistoryCase, type HistoryEvent, instant } from "./historyEvent";
import { IMPORT_LIMITS, overLimit } from "./importLimits";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import { type ActivityMapping, type Mapping, normaliseLabel } from "./mapping";
import {
  type FieldProblem,
  resolveField,
  specOf,
  type ValueLookup,
  valueLookup,
} from "./resolveField";

/** A rule violation in a case's ordered events; `index` points at the offending event. */
export interface CaseViolation {
  readonly index: number;
  readonly code: string;
  readonly reason: string;
}
/** Finds every rule violation in a case's ordered events (a refused event is left out of the state that follows). */
export type CaseValidator = (events: ReadonlyArray<CaseEventLike>) => ReadonlyArray<CaseViolation>;
/** Decodes a raw event against the domain schema; problems name the field (Danish, with the allowed values). */
export type EventDecoder = (
  raw: CaseEventLike,
) => Result.Result<CaseEventLike, ReadonlyArray<Omit<FieldProblem, "column">>>;

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

/** The mapping prepared for many cases: normalised activity lookup and value maps, built once. */
export interface PreparedMapping {
  readonly mapping: Mapping;
  readonly activity: (label: string) => ActivityMapping | "ignore" | undefined;
  readonly lookup: ValueLookup;
}

const prepared = new WeakMap<Mapping, PreparedMapping>();
export function prepareMapping(mapping: Mapping): PreparedMapping {
  let p = prepared.get(mapping);
  if (p !== undefined) return p;
  const byLabel = new Map<string, ActivityMapping | "ignore">();
  for (const label of mapping.ignore ?? []) byLabel.set(normaliseLabel(label), "ignore");
  for (const [label, am] of Object.entries(mapping.activities))
    byLabel.set(normaliseLabel(label), am);
  const exact = new Map<string, ActivityMapping | "ignore" | undefined>();
  p = {
    mapping,
    lookup: valueLookup(mapping),
    activity: (label) => {
      if (exact.has(label)) return exact.get(label);
      const found = byLabel.get(normaliseLabel(label));
      if (exact.size < 10_000) exact.set(label, found);
      return found;
    },
  };
  prepared.set(mapping, p);
  return p;
}

const sortKey = (r: LogRecord): number => instant(r.timestamp ?? `${r.date}T00:00:00.000Z`);
const isInternal = (k: string): boolean => k.charCodeAt(0) === 0;

function buildFields(
  rec: LogRecord,
  am: ActivityMapping,
  p: PreparedMapping,
): { fields: Record<string, AttributeValue>; problems: Array<FieldProblem> } {
  const fields: Record<string, AttributeValue> = {};
  const problems: Array<FieldProblem> = [];
  if (am.passAttributes === true)
    for (const [k, v] of Object.entries(rec.attributes))
      if (!k.startsWith(CASE_ATTRIBUTE_PREFIX) && !isInternal(k)) fields[k] = v;
  for (const [field, src] of Object.entries(am.fields ?? {})) {
    const r = resolveField(field, src, rec, p.lookup);
    if (Result.isFailure(r)) problems.push(r.failure);
    else if (r.success !== undefined) fields[field] = r.success;
  }
  return { fields, problems };
}

const toHistoryEvent = (rec: LogRecord, event: CaseEventLike): HistoryEvent => ({
  event,
  ...(rec.timestamp === undefined ? {} : { timestamp: rec.timestamp }),
  ...(rec.start === undefined ? {} : { start: rec.start }),
  ...(rec.lifecycle === undefined ? {} : { lifecycle: rec.lifecycle }),
  ...(rec.resource === undefined ? {} : { resource: rec.resource }),
});

/**
 * Time order. Within one day the time of day decides only when every row of that day has one: exports mix
 * date-only and timed cells in one column, and a date-only cell says nothing about its hour, so those days keep
 * the sequence column and then file order (a same-day raskmelding and case close stay as written).
 */
function sorted(records: ReadonlyArray<LogRecord>): ReadonlyArray<LogRecord> {
  if (records.length < 2) return records;
  const untimedDays = new Set(records.filter((r) => r.timestamp === undefined).map((r) => r.date));
  return records
    .map((r, i) => ({ r, i, t: untimedDays.has(r.date) ? 0 : sortKey(r) }))
    .sort((a, b) =>
      a.r.date < b.r.date
        ? -1
        : a.r.date > b.r.date
          ? 1
          : a.t - b.t || (a.r.sequence ?? 0) - (b.r.sequence ?? 0) || a.i - b.i,
    )
    .map((x) => x.r);
}

/**
 * Maps the records of one case (any order) to a HistoryCase or to every reason of every broken row.
 * @example mapCase("S1", records, { mapping, activityColumn: "Aktivitet" })
 */
export function mapCase(
  caseId: string,
  records: ReadonlyArray<LogRecord>,
  options: MapOptions,
): CaseOutcome {
  const p = prepareMapping(options.mapping);
  const { activityColumn } = options;
  const rejects: Array<Reject> = [];
  const unmapped = new Map<string, number>();
  const reject = (rec: LogRecord, column: string, code: string, reason: string) =>
    rejects.push({ file: rec.source.file, line: rec.source.line, column, code, reason, caseId });
  if (records.length > IMPORT_LIMITS["case.maxEvents"]) {
    const first = records[0] as LogRecord;
    reject(
      first,
      activityColumn,
      "grænse",
      `sagen har ${records.length} rækker, ${overLimit("case.maxEvents")}`,
    );
    return { _tag: "Rejected", caseId, rejects, unmapped };
  }
  const kept: Array<{ rec: LogRecord; event: CaseEventLike }> = [];
  const attributes: Record<string, AttributeValue> = {};
  let ignored = 0;
  let undecoded = false;
  for (const rec of sorted(records)) {
    for (const k in rec.attributes)
      if (k.startsWith(CASE_ATTRIBUTE_PREFIX))
        attributes[k.slice(CASE_ATTRIBUTE_PREFIX.length)] = rec.attributes[k] as AttributeValue;
    const am = p.activity(rec.activity);
    if (am === "ignore") {
      ignored++;
      continue;
    }
    if (am === undefined) {
      unmapped.set(rec.activity, (unmapped.get(rec.activity) ?? 0) + 1);
      if (options.mapping.unmapped === "ignore") ignored++;
      else
        reject(
          rec,
          activityColumn,
          "aktivitet-ukendt",
          `aktiviteten "${rec.activity}" står hverken under activities eller ignore i mappingen`,
        );
      continue;
    }
    const { fields, problems } = buildFields(rec, am, p);
    for (const f of problems) reject(rec, f.column ?? activityColumn, f.code, f.message);
    if (problems.length > 0) {
      undecoded = true;
      continue;
    }
    const raw: CaseEventLike = {
      ...fields,
      ...(rec.resource === undefined ? {} : { resource: rec.resource }),
      _tag: am.event,
      caseId,
      date: rec.date,
    };
    const decoded = options.decode ? options.decode(raw) : Result.succeed(raw);
    if (Result.isFailure(decoded)) {
      undecoded = true;
      for (const f of decoded.failure) {
        const src = am.fields?.[f.field];
        reject(
          rec,
          (src === undefined ? undefined : specOf(src).from) ?? activityColumn,
          f.code,
          f.message,
        );
      }
      continue;
    }
    kept.push({ rec, event: decoded.success });
  }
  // Rules are checked over the rows that decoded; with a row missing, later rule reasons could be its echoes.
  if (options.validate && !(undecoded && kept[0]?.event._tag !== "SygemeldingReceived"))
    for (const v of options.validate(kept.map((k) => k.event))) {
      const rec = kept[v.index]?.rec;
      if (rec) reject(rec, activityColumn, v.code, v.reason);
    }
  if (rejects.length > 0) return { _tag: "Rejected", caseId, rejects, unmapped };
  return {
    _tag: "Mapped",
    case: { caseId, attributes, events: kept.map((k) => toHistoryEvent(k.rec, k.event)) },
    ignored,
    unmapped,
  };
}
