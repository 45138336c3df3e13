/** One XES `<event>` (its typed attributes) → a LogRecord, or a reject naming the missing standard key. */
import { Result } from "effect";
import type { AttributeValue, LogRecord, Reject } from "./logRecord";
import { parseDate } from "./parseDate";
import { shownValue } from "./pseudonymise";

export interface PendingEvent {
  readonly line: number;
  readonly attrs: Map<string, AttributeValue>;
}

const STANDARD = new Set([
  "concept:name",
  "time:timestamp",
  "lifecycle:transition",
  "org:resource",
]);

/** @example xesRecord(ev, "S-1", [["case:cpr", "psn-…"]], "log.xes") */
export function xesRecord(
  ev: PendingEvent,
  caseId: string,
  caseAttrs: ReadonlyArray<readonly [string, AttributeValue]>,
  file: string,
): LogRecord | Reject {
  const at = (column: string, code: string, reason: string): Reject => ({
    file,
    line: ev.line,
    column,
    code,
    reason,
    caseId,
  });
  const activity = ev.attrs.get("concept:name");
  if (activity === undefined || activity === "")
    return at("concept:name", "aktivitet-tom", "hændelsen har intet concept:name (aktivitet)");
  const time = ev.attrs.get("time:timestamp");
  if (time === undefined)
    return at("time:timestamp", "dato-tom", "hændelsen har intet time:timestamp");
  const parsed = parseDate(String(time));
  if (Result.isFailure(parsed))
    return at(
      "time:timestamp",
      "dato",
      `tidspunktet "${shownValue(String(time))}" kan ikke læses: ${parsed.failure}`,
    );
  const lifecycle = ev.attrs.get("lifecycle:transition");
  const resource = ev.attrs.get("org:resource");
  const attributes: Record<string, AttributeValue> = {};
  for (const [k, v] of caseAttrs) attributes[k] = v;
  for (const [k, v] of ev.attrs) if (!STANDARD.has(k)) attributes[k] = v;
  return {
    caseId,
    activity: String(activity),
    ...parsed.success,
    ...(lifecycle === undefined ? {} : { lifecycle: String(lifecycle) }),
    ...(resource === undefined ? {} : { resource: String(resource) }),
    attributes,
    source: { file, line: ev.line },
  };
}
