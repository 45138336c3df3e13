/** The `calibrate` action: fits the model to the stored history; writes the calibrated scenario with `--out`, else
 *  prints it after the summary as YAML comments, so `sagsflow calibrate > kalibreret.yaml` gives a loadable file. */
import { Effect } from "effect";
import { calibrateHistory } from "../calibration";
import type { CliIo } from "./cliIo";
import { asFlagError } from "./asFlagError";
import { formatCalibration } from "./formatCalibration";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withStoredHistory } from "./withStoredHistory";
import { writeFileChunks } from "./writeFileChunks";

export interface CalibrateFlags {
  readonly from?: string;
  readonly to?: string;
  readonly base?: string;
  readonly out?: string;
  readonly json?: boolean;
}

const asComments = (text: string): string =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? "#" : `# ${line}`))
    .join("\n");

export const calibrateAction = (flags: CalibrateFlags, io: CliIo): CommandEffect =>
  asFlagError(
    Effect.gen(function* () {
      const options = { from: flags.from, to: flags.to, base: flags.base };
      const fitted = yield* withStoredHistory(io.env, (store) => calibrateHistory(store, options));
      // Written here rather than by the service, so an unwritable path is an input error (exit 2), not a defect.
      if (flags.out !== undefined) yield* writeFileChunks(flags.out, [fitted.scenarioYaml]);
      const report = { ...fitted, out: flags.out ?? null };
      if (flags.json === true) return toJsonText(report);
      const summary = formatCalibration(report);
      return flags.out === undefined ? `${asComments(summary)}\n${report.scenarioYaml}` : summary;
    }),
  );
