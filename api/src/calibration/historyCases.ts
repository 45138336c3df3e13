/** Shared inputs of the calibration services: the stored history's case events and an optional ISO range. */
import * as D from "@sagsflow/domain";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import { CalibrationRangeInvalid as HistoryRangeInvalid } from "./calibrationErrors";
import { readCaseStreams } from "../history/readCaseStreams";

export interface HistoryWindowOptions {
  /** ISO dates bounding the cohort by first absence day (inclusive); default all cases. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface HistoryCases {
  readonly cases: ReadonlyArray<ReadonlyArray<D.CaseEvent>>;
  readonly window: D.Horizon | undefined;
  /** Last stored event's day. */
  readonly asOf: number;
}

const day = (
  option: string,
  value: string | undefined,
): Effect.Effect<number | undefined, HistoryRangeInvalid> =>
  value === undefined
    ? Effect.succeed(undefined)
    : D.isIsoDate(value)
      ? Effect.succeed(D.toEpochDay(value))
      : Effect.fail(
          new HistoryRangeInvalid({
            option,
            value,
            reason: "skal være en dato på formen ÅÅÅÅ-MM-DD",
          }),
        );

export const historyCases = (
  store: EventStore<DomainEvent>,
  options: HistoryWindowOptions,
): Effect.Effect<HistoryCases, ReadError | HistoryRangeInvalid> =>
  Effect.gen(function* () {
    const from = yield* day("from", options.from);
    const to = yield* day("to", options.to);
    const stored = yield* readCaseStreams(store);
    const cases = stored.map((c) => c.events);
    let asOf = Number.NEGATIVE_INFINITY;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const events of cases)
      for (const e of events) {
        asOf = Math.max(asOf, D.toEpochDay(e.date));
        if (e._tag === "SygemeldingReceived") {
          first = Math.min(first, D.toEpochDay(e.firstAbsenceDay));
          last = Math.max(last, D.toEpochDay(e.firstAbsenceDay));
        }
      }
    const window = Number.isFinite(first) ? { from: from ?? first, to: to ?? last } : undefined;
    if (window !== undefined && window.from > window.to)
      return yield* Effect.fail(
        new HistoryRangeInvalid({
          option: "from",
          value: options.from ?? "",
          reason: "ligger efter to",
        }),
      );
    return { cases, window, asOf };
  });
