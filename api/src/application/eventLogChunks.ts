/**
 * Renders a simulated log as text: `jsonl` (every stream, one `{streamId, version, event}` per line, by date) or,
 * through the interop writers, `csv` (interval CSV), `xes` and `ocel` (case streams only; rekrutteringer are OCEL objects).
 */
import { type HistoryCase, writeIntervalCsv, writeOcel, writeXes } from "../interop";
import type { SimulatedLog } from "./simulatedEvents";

export const EVENT_LOG_FORMATS = ["csv", "xes", "ocel", "jsonl"] as const;
export type EventLogFormat = (typeof EVENT_LOG_FORMATS)[number];

/** Case streams as the writers' cases; `measured` tells warm-up cases from those the KPIs count. */
export const historyCases = (log: SimulatedLog): ReadonlyArray<HistoryCase> =>
  log.streams
    .flatMap((s) => (s.kind === "sag" ? [s] : []))
    .map((s) => ({
      caseId: s.id,
      attributes: { measured: s.measured },
      events: s.events.map((event) => ({ event })),
    }));

interface Line {
  readonly date: string;
  readonly streamId: string;
  readonly version: number;
  readonly text: string;
}

const byDateStreamVersion = (a: Line, b: Line): number =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.streamId < b.streamId
        ? -1
        : a.streamId > b.streamId
          ? 1
          : a.version - b.version;

function* jsonLines(log: SimulatedLog): Generator<string> {
  const lines: Line[] = [];
  for (const s of log.streams) {
    s.events.forEach((event, i) => {
      const text = JSON.stringify({ streamId: s.streamId, version: i + 1, event });
      lines.push({ date: event.date, streamId: s.streamId, version: i + 1, text });
    });
  }
  lines.sort(byDateStreamVersion);
  for (const l of lines) yield `${l.text}\n`;
}

/** Deterministic text chunks for the format (same log, same bytes). */
export function* eventLogChunks(log: SimulatedLog, format: EventLogFormat): Generator<string> {
  switch (format) {
    case "jsonl":
      yield* jsonLines(log);
      return;
    case "xes":
      yield* writeXes(historyCases(log));
      return;
    case "csv":
      yield writeIntervalCsv(historyCases(log));
      return;
    case "ocel":
      yield writeOcel(historyCases(log));
      return;
  }
}
