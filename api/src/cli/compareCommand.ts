/** `sagsflow compare <baseline> <variant>...`: variants against a baseline with paired differences (same seeds). */
import type { Command } from "commander";
import { Effect } from "effect";
import { compareScenarios } from "../application";
import type { CliIo } from "./cliIo";
import { addReplicationOptions, type ReplicationFlags } from "./commonOptions";
import { formatCompareTable } from "./formatCompareTable";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./program";
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

export const registerCompare = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  addReplicationOptions(
    program
      .command("compare")
      .description(
        "sammenlign varianter med et basisscenarie (parrede forskelle, fælles tilfældige tal)",
      )
      .argument("<baseline>", "basisscenariets fil (YAML)")
      .argument("<variants...>", "en eller flere variantfiler (YAML)"),
  ).action((baseline: string, variants: string[], flags: ReplicationFlags) =>
    submit(compareAction(baseline, variants, flags, io)),
  );
};
