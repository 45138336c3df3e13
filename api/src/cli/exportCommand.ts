/** `sagsflow export [--from-store | --run ID] --format xes|csv|ocel [--out FILE]`: registration only. */
import { type Command, Option } from "commander";
import type { CliIo } from "./cliIo";
import type { ExportFlags } from "./exportAction";
import type { CommandEffect } from "./commandEffect";

// Kept equal to HistoryFormat in api/src/interop (not imported: that would load the readers for --help).
const FORMATS = ["xes", "csv", "ocel"];

export const registerExport = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  program
    .command("export")
    .description(
      "eksportér historikken (eller en gemt simuleret kørsel) som XES, CSV eller OCEL 2.0",
    )
    .addOption(
      new Option("--format <format>", "logformat").choices(FORMATS).makeOptionMandatory(true),
    )
    .addOption(
      new Option("--from-store", "den gemte historik, strømme sag-* (standard)").conflicts("run"),
    )
    .addOption(
      new Option(
        "--run <id>",
        "en kørsel gemt med run --store --run-id <id> (strømme sim-<id>-sag-*)",
      ),
    )
    .option("--out <file>", "skriv til en fil i stedet for stdout")
    .action(async (flags: ExportFlags) =>
      submit((await import("./exportAction")).exportAction(flags, io)),
    );
};
