/** `sagsflow validate <scenario>`: simulates the scenario and reports its distances to the stored history. */
import * as D from "@sagsflow/domain";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { type HistoryDistances, historyDistances } from "@sagsflow/simulator/calibration";
import { type ModelParams, replicationSeed, runCaseFlow } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { type CalibrationRangeInvalid, HistoryEmpty } from "./calibrationErrors";
import { historyCases } from "./historyCases";

export interface ValidateOptions {
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

export interface ValidateReport extends HistoryDistances {
  readonly schemaVersion: 1;
  readonly from: string;
  readonly to: string;
  readonly replications: number;
  readonly historyCases: number;
}

/** Compares over the scenario's measurement window, which a calibrated scenario sets to the calibration period. */
export const validateScenario = (
  store: EventStore<DomainEvent>,
  params: ModelParams,
  options: ValidateOptions = {},
): Effect.Effect<ValidateReport, ReadError | CalibrationRangeInvalid | HistoryEmpty> =>
  Effect.gen(function* () {
    const from = D.toEpochDay(params.horizon.start);
    const window = { from, to: from + params.horizon.weeks * 7 - 1 };
    const h = yield* historyCases(store, {});
    const history = h.cases.flatMap((events) => D.summarizeCase(events, { asOf: h.asOf }) ?? []);
    if (history.length === 0)
      return yield* Effect.fail(new HistoryEmpty({ reason: "ingen sager at sammenligne med" }));
    const replications = options.replications ?? 3;
    const simulated: D.CaseSummary[] = [];
    const p = { ...params, horizon: { ...params.horizon, maxCases: null } };
    for (let r = 0; r < replications; r++) {
      const run = runCaseFlow(p, replicationSeed(options.seed ?? 1, r));
      // Evaluated as of the same distance past the window as history, so open cases are open in both.
      const asOf = Math.min(run.end, h.asOf);
      for (const c of run.citizens) {
        const s = D.summarizeCase(c.events, { asOf });
        if (s !== undefined) simulated.push(s);
      }
    }
    return {
      schemaVersion: 1 as const,
      from: D.fromEpochDay(window.from),
      to: D.fromEpochDay(window.to),
      replications,
      historyCases: history.filter(
        (s) => s.firstAbsenceDay >= window.from && s.firstAbsenceDay <= window.to,
      ).length,
      ...historyDistances(history, simulated, window, replications),
    };
  });
