/** Services name options bare (`kpi`, `from`); on the command line the user typed `--kpi`, so messages say that. */
import { Effect } from "effect";
import { OptionInvalid } from "../application";
import { CalibrationRangeInvalid } from "../calibration";

/** Bare option names the commands offer as flags (not `SAGSFLOW_STORE`, `variant` or `caseId`). */
const FLAGS = new Set([
  "kpi",
  "samples",
  "seed",
  "replications",
  "cases",
  "workers",
  "from",
  "to",
  "weeks",
  "now",
]);

const flagName = (option: string): string => (FLAGS.has(option) ? `--${option}` : option);

/** @example asFlagError(sensitivity(options)) // fails with "--kpi = x: ..." instead of "kpi = x: ..." */
export const asFlagError = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.mapError(effect, (e): E => {
    if (!(e instanceof OptionInvalid || e instanceof CalibrationRangeInvalid)) return e;
    // Both errors have the same fields; the copy keeps the class, so the exit code stays the same.
    const Same = e.constructor as new (fields: {
      option: string;
      value: string;
      reason: string;
    }) => E;
    return new Same({ option: flagName(e.option), value: e.value, reason: e.reason });
  });
