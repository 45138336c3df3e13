/** `sagsflow mapping init <file> [--out FILE]`: registration only; the action loads when the command runs. */
import type { Command } from "commander";
import type { MappingInitFlags } from "./mappingInitAction";
import type { CommandEffect } from "./commandEffect";

export const registerMapping = (program: Command, submit: (e: CommandEffect) => void): void => {
  const mapping = program.command("mapping").description("mappingfiler til import af historik");
  mapping
    .command("init")
    .description(
      "læs en CSV-eksport og skriv et kommenteret mappingudkast (genkender danske kolonnenavne og aktiviteter)",
    )
    .argument("<file>", "CSV-eksporten fra sagssystemet")
    .option(
      "--out <file>",
      "skriv udkastet til filen (findes den, afvises det) i stedet for stdout",
    )
    .action(async (file: string, flags: MappingInitFlags) =>
      submit((await import("./mappingInitAction")).mappingInitAction(file, flags)),
    );
};
