/** `sagsflow forecast`: the open cases in the store run ahead from now; deadlines at risk and caseload per week. */
import * as D from "@sagsflow/domain";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { type Forecast, forecastRisk } from "@sagsflow/simulator/calibration";
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { readCaseStreams } from "../history/readCaseStreams";
import { CalibrationRangeInvalid, HistoryEmpty } from "./calibrationErrors";

export interface ForecastOptions {
  readonly weeks?: number | undefined;
  /** ISO date to forecast from; default `today` clamped to the stored history. */
  readonly now?: string | undefined;
  /** The calendar's today (ISO date), given by the edge: the core reads no clock. */
  readonly today?: string | undefined;
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

/** Where the forecast's start day came from: given by `--now`, today, or today moved into the stored history. */
export type ForecastStart = "given" | "today" | "afterHistory" | "beforeHistory";

export interface ForecastReport extends Forecast {
  readonly schemaVersion: 1;
  readonly openCases: number;
  readonly storedCases: number;
  /** First and last day with a stored event. */
  readonly history: { readonly first: string; readonly last: string };
  readonly start: ForecastStart;
}

/** The start day: `--now` when given, else today clamped into [first, last] of the history, and which it was. */
const startDay = (
  options: ForecastOptions,
  first: number,
  last: number,
): { readonly day: number; readonly start: ForecastStart } => {
  if (options.now !== undefined) return { day: D.toEpochDay(options.now), start: "given" };
  const today = options.today === undefined ? last : D.toEpochDay(options.today);
  if (today > last) return { day: last, start: "afterHistory" };
  if (today < first) return { day: first, start: "beforeHistory" };
  return { day: today, start: "today" };
};

export const forecastFromStore = (
  store: EventStore<DomainEvent>,
  params: ModelParams,
  options: ForecastOptions = {},
): Effect.Effect<ForecastReport, ReadError | CalibrationRangeInvalid | HistoryEmpty> =>
  Effect.gen(function* () {
    const weeks = options.weeks ?? 8;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
      return yield* Effect.fail(
        new CalibrationRangeInvalid({
          option: "weeks",
          value: String(weeks),
          reason: "skal være et helt tal fra 1 til 104",
        }),
      );
    if (options.now !== undefined && !D.isIsoDate(options.now))
      return yield* Effect.fail(
        new CalibrationRangeInvalid({
          option: "now",
          value: options.now,
          reason: "skal være en dato på formen ÅÅÅÅ-MM-DD",
        }),
      );
    const stored = yield* readCaseStreams(store);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const c of stored)
      for (const e of c.events) {
        const day = D.toEpochDay(e.date);
        if (day < first) first = day;
        if (day > last) last = day;
      }
    if (!Number.isFinite(last))
      return yield* Effect.fail(new HistoryEmpty({ reason: "ingen sager at fremskrive" }));
    const { day: now, start } = startDay(options, first, last);
    // Open on `now`: events up to and including that day, and the case not ended by then.
    const openCases = stored.flatMap((c) => {
      const events = c.events.filter((e) => D.toEpochDay(e.date) <= now);
      const s = D.summarizeCase(events, { asOf: now });
      return s === undefined || s.outcome !== "open" ? [] : [{ caseId: c.caseId, events }];
    });
    const forecast = forecastRisk({
      params,
      openCases,
      now: now + 1,
      weeks,
      seed: options.seed ?? 1,
      replications: options.replications ?? 20,
    });
    return {
      schemaVersion: 1 as const,
      openCases: openCases.length,
      storedCases: stored.length,
      history: { first: D.fromEpochDay(first), last: D.fromEpochDay(last) },
      start,
      ...forecast,
    };
  });
