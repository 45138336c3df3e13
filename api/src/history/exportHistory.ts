/** Exports the stored history (`sag-*`) as XES, interval CSV or OCEL 2.0 through the interop writers;
 *  OCEL carries the domain's deadlines as objects. Same store, same bytes (issue 8, item 4). */
import { type DomainEvent, toEpochDay } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import {
  type AttributeValue,
  type HistoryCase,
  type HistoryFormat,
  writeIntervalCsv,
  writeOcel,
  writeXes,
} from "../interop";
import { ocelDeadlines } from "./ocelDeadlines";
import { readCaseStreams, type StoredCase } from "./readCaseStreams";

export interface ExportOptions {
  readonly format: HistoryFormat;
}

/** Case attributes kept by the import in the first event's metadata (e.g. area, pseudonymised borger). */
const attributesOf = (c: StoredCase): Readonly<Record<string, AttributeValue>> => {
  const a = c.metadata?.caseAttributes;
  return typeof a === "object" && a !== null ? (a as Record<string, AttributeValue>) : {};
};

const lastDay = (cases: ReadonlyArray<StoredCase>): number => {
  let last = Number.NEGATIVE_INFINITY;
  for (const c of cases) for (const e of c.events) last = Math.max(last, toEpochDay(e.date));
  return last;
};

/**
 * Renders every stored case in the format; deadlines in OCEL are evaluated as of the last stored event.
 * @example const xes = yield* exportHistory(store, { format: "xes" })
 */
export const exportHistory = (
  store: EventStore<DomainEvent>,
  options: ExportOptions,
): Effect.Effect<string, ReadError> =>
  Effect.map(readCaseStreams(store), (stored) => {
    const cases: ReadonlyArray<HistoryCase> = stored.map((c) => ({
      caseId: c.caseId,
      attributes: attributesOf(c),
      events: c.events.map((event) => ({ event })),
    }));
    switch (options.format) {
      case "xes":
        return [...writeXes(cases)].join("");
      case "csv":
        return writeIntervalCsv(cases);
      case "ocel": {
        const asOf = lastDay(stored);
        return writeOcel(cases, {
          deadlines: stored.flatMap((c) => ocelDeadlines(c.caseId, c.events, asOf)),
        });
      }
    }
  });
