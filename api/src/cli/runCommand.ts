/** `sagsflow run <scenario>`: registration only; the action module (and the simulator) load when the command runs. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import { addReplicationOptions } from "./commonOptions";
import type { CommandEffect } from "./commandEffect";
import type { RunFlags } from "./runAction";

export const registerRun = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  addReplicationOptions(
    program
      .command("run")
      .description("simulér et scenarie og vis nøgletal med 95 %-intervaller")
      .argument("<scenario>", "scenariefil (YAML)"),
  )
    .option("--store", "gem én replikations hændelser i hændelseslageret (SAGSFLOW_STORE)")
    .option(
      "--run-id <id>",
      "kørsels-id i strømnavnene sim-<id>-sag-<sagsid> (standard: scenarie-id og hash)",
    )
    .action(async (file: string, flags: RunFlags) =>
      submit((await import("./runAction")).runAction(file, flags, io)),
    );
};
