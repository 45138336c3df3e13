/** The `compare` action: variants against a baseline with paired differences (same seeds), as a table or JSON. */
import { Effect } from "effect";
import { compareScenarios } from "../application";
import type { CliIo } from "./cliIo";
import type { ReplicationFlags } from "./commonOptions";
import { formatCompareTable } from "./formatCompareTable";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withProgress } from "./withProgress";

export const compareAction = (
  baseline: string,
  variants: ReadonlyArray<string>,
  flags: ReplicationFlags,
  io: CliIo,
): CommandEffect =>
  Effect.map(
    withProgress(
      io,
      flags,
      (onProgress) => compareScenarios({ ...flags, baseline, variants, onProgress }),
      1 + variants.length,
    ),
    ({ report, names }) =>
      flags.json === true ? toJsonText(report) : formatCompareTable(report, names),
  );
