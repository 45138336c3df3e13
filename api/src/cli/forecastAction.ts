/** The `forecast` action: the open cases in the store run ahead with a scenario's parameters (default the library
 *  baseline); deadlines at risk with the probability of missing them, and the expected caseload per week. */
import { join } from "node:path";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { Effect } from "effect";
import { checkRunOptions, loadParams } from "../application";
import { forecastFromStore } from "../calibration";
import type { CliIo } from "./cliIo";
import { asFlagError } from "./asFlagError";
import { formatForecast } from "./formatForecast";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withStoredHistory } from "./withStoredHistory";

export interface ForecastFlags {
  readonly weeks: number;
  readonly scenario?: string;
  readonly now?: string;
  readonly seed: number;
  readonly replications: number;
  readonly json?: boolean;
}

export const forecastAction = (flags: ForecastFlags, io: CliIo): CommandEffect =>
  asFlagError(
    Effect.gen(function* () {
      yield* checkRunOptions(flags);
      const loaded = yield* loadParams(
        flags.scenario ?? join(LIBRARY_DIR, "baseline.yaml"),
        undefined,
      );
      const options = {
        weeks: flags.weeks,
        now: flags.now,
        seed: flags.seed,
        replications: flags.replications,
      };
      const forecast = yield* withStoredHistory(io.env, (store) =>
        forecastFromStore(store, loaded.params, options),
      );
      const report = { ...forecast, scenario: loaded.id };
      return flags.json === true ? toJsonText(report) : formatForecast(report);
    }),
  );
