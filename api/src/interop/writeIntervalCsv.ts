/** Writes the de-facto interval CSV (`case_id, activity, start_time, end_time, resource` plus a `seq`
 *  tie-break and attribute columns; simulation-landscape.md §5), UTF-8, comma, RFC 4180 quoting. */
import { stringify } from "csv-stringify/sync";
import { type HistoryCase, eventFields, eventResource, eventTime, sortCases } from "./historyEvent";
import { CASE_ATTRIBUTE_PREFIX } from "./logRecord";

/** Fixed leading columns; `seq` orders events with equal times (Celonis' sorting column). */
export const INTERVAL_COLUMNS = [
  "case_id",
  "activity",
  "start_time",
  "end_time",
  "resource",
  "lifecycle",
  "seq",
] as const;

/** Attribute columns: event fields, then `case:` columns, each sorted by name. */
function attributeColumns(cases: ReadonlyArray<HistoryCase>): ReadonlyArray<string> {
  const fields = new Set<string>();
  const caseKeys = new Set<string>();
  for (const c of cases) {
    for (const k of Object.keys(c.attributes)) caseKeys.add(`${CASE_ATTRIBUTE_PREFIX}${k}`);
    for (const e of c.events) for (const [k] of eventFields(e.event)) fields.add(k);
  }
  return [...[...fields].sort(), ...[...caseKeys].sort()];
}

/**
 * Renders all cases as one CSV text; a point event has start_time = end_time.
 * @example fs.writeFileSync("out.csv", writeIntervalCsv(cases))
 */
export function writeIntervalCsv(cases: ReadonlyArray<HistoryCase>): string {
  const sorted = sortCases(cases);
  const extra = attributeColumns(sorted);
  const rows: Array<ReadonlyArray<string>> = [[...INTERVAL_COLUMNS, ...extra]];
  for (const c of sorted) {
    c.events.forEach((e, seq) => {
      const values = new Map<string, string>(eventFields(e.event).map(([k, v]) => [k, String(v)]));
      for (const [k, v] of Object.entries(c.attributes))
        values.set(`${CASE_ATTRIBUTE_PREFIX}${k}`, String(v));
      const end = eventTime(e);
      rows.push([
        c.caseId,
        e.event._tag,
        e.start ?? end,
        end,
        eventResource(e) ?? "",
        e.lifecycle ?? "complete",
        String(seq),
        ...extra.map((k) => values.get(k) ?? ""),
      ]);
    });
  }
  return stringify(rows, { record_delimiter: "\n" });
}
