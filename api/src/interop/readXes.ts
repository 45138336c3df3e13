/** Streams an XES (IEEE 1849) log trace by trace with saxes: memory stays flat in file size because
 *  only the current trace is held (issue 8). Standard keys per simulation-landscape.md §5. */
import { Result } from "effect";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { InputUnreadable } from "./interopErrors";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import { parseDate } from "./parseDate";

/** The records and rejects of one `<trace>`. */
export interface XesTrace {
  readonly caseId: string | undefined;
  readonly records: ReadonlyArray<LogRecord>;
  readonly rejects: ReadonlyArray<Reject>;
}

const ATTRIBUTE_TAGS = new Set(["string", "date", "int", "float", "boolean", "id"]);

function typedValue(tag: string, value: string): AttributeValue {
  if (tag === "int" || tag === "float") return Number(value);
  if (tag === "boolean") return value === "true";
  return value;
}

interface PendingEvent {
  readonly line: number;
  readonly attrs: Map<string, AttributeValue>;
}

function toRecord(
  ev: PendingEvent,
  caseId: string,
  caseAttrs: ReadonlyMap<string, AttributeValue>,
  file: string,
): LogRecord | Reject {
  const at = (column: string, reason: string): Reject => ({
    file,
    line: ev.line,
    column,
    reason,
    caseId,
  });
  const activity = ev.attrs.get("concept:name");
  if (activity === undefined || activity === "")
    return at("concept:name", "event has no concept:name");
  const time = ev.attrs.get("time:timestamp");
  if (time === undefined) return at("time:timestamp", "event has no time:timestamp");
  const parsed = parseDate(String(time));
  if (Result.isFailure(parsed))
    return at("time:timestamp", `date "${String(time)}": ${parsed.failure}`);
  const lifecycle = ev.attrs.get("lifecycle:transition");
  const resource = ev.attrs.get("org:resource");
  const attributes: Record<string, AttributeValue> = {};
  for (const [k, v] of caseAttrs) attributes[`${CASE_ATTRIBUTE_PREFIX}${k}`] = v;
  for (const [k, v] of ev.attrs) {
    if (
      k !== "concept:name" &&
      k !== "time:timestamp" &&
      k !== "lifecycle:transition" &&
      k !== "org:resource"
    )
      attributes[k] = v;
  }
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

/** Builds a saxes parser that pushes each finished trace into `out`. */
function traceParser(
  file: string,
  out: Array<XesTrace>,
): SaxesParser<{ xmlns: false; position: true }> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let traceAttrs: Map<string, AttributeValue> | undefined;
  let traceLine = 0;
  let events: Array<PendingEvent> = [];
  let current: PendingEvent | undefined;
  let nested = 0; // depth inside list/container attributes, whose children are not top-level keys
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (name === "trace") {
      traceAttrs = new Map();
      traceLine = parser.line;
      events = [];
      return;
    }
    if (name === "event" && traceAttrs !== undefined) {
      current = { line: parser.line, attrs: new Map() };
      return;
    }
    if (traceAttrs === undefined) return; // log-level globals, extensions, classifiers
    if (nested === 0 && ATTRIBUTE_TAGS.has(name)) {
      const key = tag.attributes.key;
      const value = tag.attributes.value;
      if (key !== undefined && value !== undefined)
        (current?.attrs ?? traceAttrs).set(key, typedValue(name, value));
    }
    if (!tag.isSelfClosing) nested++;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (name === "event" && current !== undefined) {
      events.push(current);
      current = undefined;
      return;
    }
    if (name === "trace" && traceAttrs !== undefined) {
      out.push(finishTrace(traceAttrs, traceLine, events, file));
      traceAttrs = undefined;
      return;
    }
    if (!tag.isSelfClosing && traceAttrs !== undefined && nested > 0) nested--;
  });
  return parser;
}

function finishTrace(
  attrs: Map<string, AttributeValue>,
  line: number,
  events: ReadonlyArray<PendingEvent>,
  file: string,
): XesTrace {
  const name = attrs.get("concept:name");
  if (name === undefined || name === "") {
    return {
      caseId: undefined,
      records: [],
      rejects: [
        { file, line, column: "concept:name", reason: "trace has no concept:name (case id)" },
      ],
    };
  }
  const caseId = String(name);
  attrs.delete("concept:name");
  const records: Array<LogRecord> = [];
  const rejects: Array<Reject> = [];
  for (const ev of events) {
    const r = toRecord(ev, caseId, attrs, file);
    if ("reason" in r) rejects.push(r);
    else records.push(r);
  }
  return { caseId, records, rejects };
}

/**
 * Streams traces from XES bytes (e.g. `fs.createReadStream(path)`); fails with InputUnreadable on
 * malformed XML, after yielding the traces read before the fault.
 */
export async function* readXes(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
): AsyncGenerator<XesTrace, Result.Result<void, InputUnreadable>> {
  const done: Array<XesTrace> = [];
  const parser = traceParser(file, done);
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of chunks) {
      parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
      yield* done.splice(0);
    }
    parser.write(decoder.decode()).close();
  } catch (cause) {
    return Result.fail(
      new InputUnreadable({
        file,
        reason: `malformed XES: ${cause instanceof Error ? cause.message : String(cause)}`,
      }),
    );
  }
  yield* done.splice(0);
  return Result.succeed(undefined);
}
