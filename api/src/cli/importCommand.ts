/** `sagsflow import <file> [--mapping FILE] [--dry-run] [--partial] [--rejects FILE] [--json]`: registration only; the action loads when the command runs. */
import type { Command } from "commander";
import type { CliIo } from "./cliIo";
import type { ImportFlags } from "./importAction";
import type { CommandEffect } from "./commandEffect";

export const registerImport = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  program
    .command("import")
    .description(
      "importér en historik (CSV, XES, OCEL 2.0) i hændelseslageret; alt eller intet, exit 4 hvis rækker afvises",
    )
    .argument("<file>", "historikfil (.csv, .xes, .jsonocel)")
    .option("--mapping <file>", "mappingfil (YAML); unødvendig for sagsflows egne eksporter")
    .option(
      "--dry-run",
      "kontrollér hele filen og vis, hvad der ville blive gemt og afvist; skriv intet",
    )
    .option(
      "--partial",
      "gem sagerne uden fejl, selv om andre afvises (ellers gemmes intet, når en række afvises)",
    )
    .option("--rejects <file>", "skriv alle afvisningsårsager som CSV (semikolon, UTF-8) til filen")
    .option("--json", "maskinlæsbart JSON (schemaVersion 2) på stdout")
    .action(async (file: string, flags: ImportFlags) =>
      submit((await import("./importAction")).importAction(file, flags, io)),
    );
};
