/** Writes cases as XES (IEEE 1849-2016): declared extensions, globals, an activity classifier,
 *  trace attributes and events sorted by time (simulation-landscape.md §5). Deterministic bytes. */
import { type HistoryCase, eventFields, eventResource, eventTime, sortCases } from "./historyEvent";
import type { AttributeValue } from "./logRecord";

const escapeXml = (s: string): string =>
  s.replace(/[&<>"'\n\r\t]/g, (c) =>
    c === "&"
      ? "&amp;"
      : c === "<"
        ? "&lt;"
        : c === ">"
          ? "&gt;"
          : c === '"'
            ? "&quot;"
            : c === "'"
              ? "&apos;"
              : `&#${c.charCodeAt(0)};`,
  );

/** One typed XES attribute element; whole numbers are `int`, other numbers `float`. */
export function xesAttribute(key: string, value: AttributeValue): string {
  const tag =
    typeof value === "boolean"
      ? "boolean"
      : typeof value === "number"
        ? Number.isInteger(value)
          ? "int"
          : "float"
        : "string";
  return `<${tag} key="${escapeXml(key)}" value="${escapeXml(String(value))}"/>`;
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
  <global scope="trace">
    <string key="concept:name" value="UNKNOWN"/>
  </global>
  <global scope="event">
    <string key="concept:name" value="UNKNOWN"/>
    <date key="time:timestamp" value="1970-01-01T00:00:00.000Z"/>
    <string key="lifecycle:transition" value="complete"/>
  </global>
  <classifier name="Activity" keys="concept:name lifecycle:transition"/>
`;

/** Domain events are instantaneous facts, so a missing lifecycle is `complete` (what miners assume). */
function eventXml(e: HistoryCase["events"][number]): string {
  const resource = eventResource(e);
  const lines = [
    xesAttribute("concept:name", e.event._tag),
    `<date key="time:timestamp" value="${eventTime(e)}"/>`,
    xesAttribute("lifecycle:transition", e.lifecycle ?? "complete"),
    ...(resource === undefined ? [] : [xesAttribute("org:resource", resource)]),
    ...eventFields(e.event).map(([k, v]) => xesAttribute(k, v)),
  ];
  return `    <event>\n${lines.map((l) => `      ${l}\n`).join("")}    </event>\n`;
}

/**
 * Yields the XES document in chunks (one per trace) so large exports stream to a file.
 * @example for (const chunk of writeXes(cases)) out.write(chunk)
 */
export function* writeXes(cases: ReadonlyArray<HistoryCase>): Generator<string> {
  yield HEADER;
  for (const c of sortCases(cases)) {
    const attrs = [
      xesAttribute("concept:name", c.caseId),
      ...Object.keys(c.attributes)
        .sort()
        .map((k) => xesAttribute(k, c.attributes[k] as AttributeValue)),
    ];
    yield `  <trace>\n${attrs.map((a) => `    ${a}\n`).join("")}${c.events.map(eventXml).join("")}  </trace>\n`;
  }
  yield "</log>\n";
}
