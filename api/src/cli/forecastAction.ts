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
  /** Show deadlines with 0 % risk too (hidden by default: they are the bulk and need no action). */
  readonly all?: boolean;
}

/** Today's date for the default start: SAGSFLOW_TODAY (ISO) when set, so a run can be repeated exactly. */
const todayOf = (env: CliIo["env"]): string =>
  env.SAGSFLOW_TODAY ?? new Date().toISOString().slice(0, 10);

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
        today: todayOf(io.env),
      };
      const forecast = yield* withStoredHistory(io.env, (store) =>
        forecastFromStore(store, loaded.params, options),
      );
      const shown =
        flags.all === true ? forecast.atRisk : forecast.atRisk.filter((d) => d.probability > 0);
      const report = {
        ...forecast,
        atRisk: shown,
        hiddenZeroRisk: forecast.atRisk.length - shown.length,
        scenario: loaded.id,
      };
      return flags.json === true ? toJsonText(report) : formatForecast(report);
    }),
  );
