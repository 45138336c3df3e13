/** `sagsflow import <file> [--mapping FILE] [--json]`: registration only; the action loads when the command runs. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import type { ImportFlags } from "./importAction";
import type { CommandEffect } from "./program";

export const registerImport = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  program
    .command("import")
    .description(
      "importér en historik (CSV, XES, OCEL 2.0) i hændelseslageret; exit 4 hvis rækker afvises",
    )
    .argument("<file>", "historikfil (.csv, .xes, .jsonocel)")
    .option("--mapping <file>", "mappingfil (YAML); unødvendig for sagsflows egne eksporter")
    .option("--json", "maskinlæsbart JSON (schemaVersion 1) på stdout")
    .action(async (file: string, flags: ImportFlags) =>
      submit((await import("./importAction")).importAction(file, flags, io)),
    );
};
