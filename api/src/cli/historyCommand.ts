/** `sagsflow history kpis|case`: registration only; the actions load when a subcommand runs. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import type { HistoryKpisFlags } from "./historyAction";
import type { CommandEffect } from "./commandEffect";

const JSON_HELP = "maskinlæsbart JSON (schemaVersion 1) på stdout";

export const registerHistory = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  const history = program
    .command("history")
    .description("nøgletal og sagsforløb fra den gemte historik (strømme sag-*)");
  history
    .command("kpis")
    .description("nøgletal for historikken, samlet og pr. måned")
    .option("--from <date>", "første dag (ÅÅÅÅ-MM-DD) for målte sager")
    .option("--to <date>", "sidste dag (ÅÅÅÅ-MM-DD)")
    .option("--json", JSON_HELP)
    .action(async (flags: HistoryKpisFlags) =>
      submit((await import("./historyAction")).historyKpisAction(flags, io)),
    );
  history
    .command("case")
    .description("én sags hændelser og frister")
    .argument("<caseId>", "sags-id (som gemt, evt. pseudonymiseret)")
    .option("--json", JSON_HELP)
    .action(async (caseId: string, flags: { json?: boolean }) =>
      submit((await import("./historyAction")).historyCaseAction(caseId, flags, io)),
    );
};
