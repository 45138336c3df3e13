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
  /** ISO date; default the last stored event's day. */
  readonly now?: string | undefined;
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

export interface ForecastReport extends Forecast {
  readonly schemaVersion: 1;
  readonly openCases: number;
}

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
    const last = Math.max(...stored.flatMap((c) => c.events.map((e) => D.toEpochDay(e.date))));
    if (!Number.isFinite(last))
      return yield* Effect.fail(new HistoryEmpty({ reason: "ingen sager at fremskrive" }));
    const now = options.now === undefined ? last : D.toEpochDay(options.now);
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
    return { schemaVersion: 1 as const, openCases: openCases.length, ...forecast };
  });
