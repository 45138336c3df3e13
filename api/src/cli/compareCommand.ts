/** `sagsflow compare <baseline> <variant>...`: registration only; the action module loads when the command runs. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import { addReplicationOptions, type ReplicationFlags } from "./commonOptions";
import type { CommandEffect } from "./commandEffect";

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
  ).action(async (baseline: string, variants: string[], flags: ReplicationFlags) =>
    submit((await import("./compareAction")).compareAction(baseline, variants, flags, io)),
  );
};
