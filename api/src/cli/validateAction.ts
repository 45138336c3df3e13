/** The `validate` action: simulates a scenario over its measurement window and reports its distances to the stored
 *  history, the verdict and what to look at first (docs/calibration.md "validate"). */
import { Effect } from "effect";
import { checkRunOptions, loadParams } from "../application";
import { validateScenario } from "../calibration";
import type { CliIo } from "./cliIo";
import { asFlagError } from "./asFlagError";
import { formatValidation } from "./formatValidation";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withStoredHistory } from "./withStoredHistory";

export interface ValidateFlags {
  readonly seed: number;
  readonly replications: number;
  readonly json?: boolean;
}

export const validateAction = (scenario: string, flags: ValidateFlags, io: CliIo): CommandEffect =>
  asFlagError(
    Effect.gen(function* () {
      yield* checkRunOptions(flags);
      const loaded = yield* loadParams(scenario, undefined);
      const options = { seed: flags.seed, replications: flags.replications };
      const report = yield* withStoredHistory(io.env, (store) =>
        validateScenario(store, loaded.params, options),
      );
      return flags.json === true
        ? toJsonText({ ...report, scenario: loaded.id })
        : formatValidation(loaded.id, report);
    }),
  );
