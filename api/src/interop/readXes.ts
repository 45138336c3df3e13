/** Streams an XES (IEEE 1849) log trace by trace with saxes, in the encoding its XML declaration names: memory stays
 *  flat in file size because only the current trace is held (issue 8, issue 18 item 1). Standard keys per
 *  simulation-landscape.md §5. Parser messages are reduced to line, column and saxes' category: no input is echoed. */
import { Result } from "effect";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { decodeFile, readHead, type StreamEncoding } from "./decodeStream";
import { InputUnreadable } from "./interopErrors";
import { IMPORT_LIMITS, overLimit } from "./importLimits";
import {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
} from "./logRecord";
import { xesRecord, type PendingEvent } from "./xesRecord";

/** The records and rejects of one `<trace>`. */
export interface XesTrace {
  readonly caseId: string | undefined;
  readonly records: ReadonlyArray<LogRecord>;
  readonly rejects: ReadonlyArray<Reject>;
}

const ATTRIBUTE_TAGS = new Set(["string", "date", "int", "float", "boolean", "id"]);
const ENCODINGS: Readonly<Record<string, StreamEncoding>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "us-ascii": "utf-8",
  ascii: "utf-8",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-1": "iso-8859-1",
  latin1: "iso-8859-1",
  "iso-8859-15": "iso-8859-1",
};

/** The declared encoding (UTF-8 when undeclared, as XML says), or a clear refusal. */
export function xesEncoding(
  head: Buffer,
  file: string,
): Result.Result<StreamEncoding, InputUnreadable> {
  const decl = /^(?:\uFEFF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(
    head.toString("latin1"),
  );
  if (decl === null) return Result.succeed("utf-8");
  const name = (decl[1] as string).toLowerCase();
  const enc = ENCODINGS[name];
  return enc !== undefined
    ? Result.succeed(enc)
    : Result.fail(
        new InputUnreadable({
          file,
          reason: `XES-filen angiver encoding="${name}", som ikke kan læses; gem den som UTF-8, Windows-1252 eller ISO-8859-1`,
        }),
      );
}

const typedValue = (tag: string, value: string): AttributeValue =>
  tag === "int" || tag === "float" ? Number(value) : tag === "boolean" ? value === "true" : value;

/** saxes says "3:17: unclosed tag: x" — keep its category, never the input after it. */
const category = (message: string): string =>
  (message.replace(/^\d+:\d+:\s*/, "").split(/[:"']/)[0] ?? "")
    .replace(/[^\p{L}\p{N} .,-]/gu, "")
    .slice(0, 80)
    .trim();

function traceParser(file: string, out: Array<XesTrace>) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let traceAttrs: Map<string, AttributeValue> | undefined;
  let traceLine = 0;
  let events: Array<PendingEvent> = [];
  let current: PendingEvent | undefined;
  let nested = 0; // depth inside list/container attributes, whose children are not top-level keys
  let lastTag = 0;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    lastTag = parser.position;
    const name = tag.name;
    if (name === "trace") {
      [traceAttrs, traceLine, events] = [new Map(), parser.line, []];
      return;
    }
    if (name === "event" && traceAttrs !== undefined) {
      current = { line: parser.line, attrs: new Map() };
      return;
    }
    if (traceAttrs === undefined) return; // log-level globals, extensions, classifiers
    if (nested === 0 && ATTRIBUTE_TAGS.has(name)) {
      const { key, value } = tag.attributes;
      if (key !== undefined && value !== undefined)
        (current?.attrs ?? traceAttrs).set(key, typedValue(name, value));
    }
    if (!tag.isSelfClosing) nested++;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    lastTag = parser.position;
    if (tag.name === "event" && current !== undefined) {
      if (events.length <= IMPORT_LIMITS["case.maxEvents"]) events.push(current);
      current = undefined;
    } else if (tag.name === "trace" && traceAttrs !== undefined) {
      out.push(finishTrace(traceAttrs, traceLine, events, file));
      traceAttrs = undefined;
    } else if (!tag.isSelfClosing && traceAttrs !== undefined && nested > 0) nested--;
  });
  return { parser, sinceTag: () => parser.position - lastTag };
}

function finishTrace(
  attrs: Map<string, AttributeValue>,
  line: number,
  events: ReadonlyArray<PendingEvent>,
  file: string,
): XesTrace {
  const name = attrs.get("concept:name");
  if (name === undefined || name === "")
    return {
      caseId: undefined,
      records: [],
      rejects: [
        {
          file,
          line,
          column: "concept:name",
          code: "sag-tom",
          reason: "sporet (trace) har intet concept:name (sagsnummer)",
        },
      ],
    };
  const caseId = String(name);
  attrs.delete("concept:name");
  if (events.length > IMPORT_LIMITS["case.maxEvents"])
    return {
      caseId,
      records: [],
      rejects: [
        {
          file,
          line,
          column: "event",
          code: "grænse",
          caseId,
          reason: `sporet har flere hændelser end tilladt, ${overLimit("case.maxEvents")}`,
        },
      ],
    };
  const caseAttrs = [...attrs].map(([k, v]) => [`${CASE_ATTRIBUTE_PREFIX}${k}`, v] as const);
  const records: Array<LogRecord> = [];
  const rejects: Array<Reject> = [];
  for (const ev of events) {
    const r = xesRecord(ev, caseId, caseAttrs, file);
    if ("reason" in r) rejects.push(r);
    else records.push(r);
  }
  return { caseId, records, rejects };
}

/**
 * Streams traces from an XES file (or from already decoded `text` chunks); fails with InputUnreadable for malformed, truncated or oversized XML — after
 * yielding the traces before the fault, so the caller must treat the file as unread.
 */
export async function* readXes(
  file: string,
  text?: AsyncIterable<string>,
): AsyncGenerator<XesTrace, Result.Result<void, InputUnreadable>> {
  const fail = (reason: string) => Result.fail(new InputUnreadable({ file, reason }));
  let chunks = text;
  if (chunks === undefined)
    try {
      const e = xesEncoding(await readHead(file, 4096), file);
      if (Result.isFailure(e)) return Result.fail(e.failure);
      chunks = decodeFile(file, e.success);
    } catch (cause) {
      return fail(`filen kan ikke læses (${String((cause as { code?: unknown }).code ?? "fejl")})`);
    }
  const done: Array<XesTrace> = [];
  const { parser, sinceTag } = traceParser(file, done);
  try {
    for await (const chunk of chunks) {
      parser.write(chunk);
      if (sinceTag() > IMPORT_LIMITS["xes.maxElementBytes"])
        return fail(
          `et XML-element efter linje ${parser.line} er ${overLimit("xes.maxElementBytes")} tegn`,
        );
      yield* done.splice(0);
    }
    parser.close();
  } catch (cause) {
    if (cause instanceof InputUnreadable) return Result.fail(cause);
    const message = cause instanceof Error ? category(cause.message) : "";
    return fail(
      `XES-filen er ugyldig eller afkortet ved linje ${parser.line}, kolonne ${parser.column}${message === "" ? "" : ` (${message})`}`,
    );
  }
  yield* done.splice(0);
  return Result.succeed(undefined);
}
