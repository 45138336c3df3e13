/** `sagsflow calibrate`: fits the model to the stored history and writes a scenario whose fitted values say so. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DomainEvent, fromEpochDay } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { LIBRARY_DIR, loadScenario, type ScenarioInvalid } from "@sagsflow/scenarios/node";
import { type Calibration, calibrateParams } from "@sagsflow/simulator/calibration";
import { Effect, Result } from "effect";
import type { CalibrationRangeInvalid } from "./calibrationErrors";
import { calibratedScenarioYaml } from "./calibratedScenarioYaml";
import { HistoryEmpty } from "./calibrationErrors";
import { historyCases, type HistoryWindowOptions } from "./historyCases";

export interface CalibrateOptions extends HistoryWindowOptions {
  /** Scenario file the unfitted parameters come from; default the library baseline. */
  readonly base?: string | undefined;
  /** Write the calibrated scenario here. */
  readonly out?: string | undefined;
}

export interface CalibrateReport extends Omit<Calibration, "params" | "window"> {
  readonly schemaVersion: 1;
  readonly from: string;
  readonly to: string;
  readonly scenarioYaml: string;
  readonly out: string | null;
}

export type CalibrateError = ReadError | CalibrationRangeInvalid | ScenarioInvalid | HistoryEmpty;

export const calibrateHistory = (
  store: EventStore<DomainEvent>,
  options: CalibrateOptions = {},
): Effect.Effect<CalibrateReport, CalibrateError> =>
  Effect.gen(function* () {
    const baseFile = options.base ?? join(LIBRARY_DIR, "baseline.yaml");
    const base = loadScenario(baseFile);
    if (Result.isFailure(base)) return yield* Effect.fail(base.failure);
    const h = yield* historyCases(store, options);
    const cal = calibrateParams({
      cases: h.cases,
      base: base.success.params,
      window: h.window,
      asOf: h.asOf,
    });
    if (cal === undefined)
      return yield* Effect.fail(
        new HistoryEmpty({ reason: "ingen sager med sygemelding i lageret" }),
      );
    const scenarioYaml = calibratedScenarioYaml({
      baseText: readFileSync(baseFile, "utf8"),
      params: cal.params,
      fitted: cal.fitted,
      period: cal.period,
    });
    if (options.out !== undefined) writeFileSync(options.out, scenarioYaml);
    const { params: _p, window, ...rest } = cal;
    return {
      schemaVersion: 1 as const,
      ...rest,
      from: cal.params.horizon.start,
      to: fromEpochDay(window.to),
      scenarioYaml,
      out: options.out ?? null,
    };
  });
