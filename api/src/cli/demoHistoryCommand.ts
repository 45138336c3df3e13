/** `sagsflow demo-history [--seed N] [--cases N] [--out FILE]`: registration only; the action loads lazily. */
import { type Command, Option } from "commander";
import { parseWholeNumber } from "./commonOptions";
import type { DemoHistoryFlags } from "./demoHistoryAction";
import type { CommandEffect } from "./commandEffect";

export const registerDemoHistory = (program: Command, submit: (e: CommandEffect) => void): void => {
  program
    .command("demo-history")
    .description("skriv en syntetisk historik for den fiktive Fjordby Kommune (semikolon-CSV)")
    .addOption(
      new Option("--seed <n>", "frø for simuleringen bag historikken")
        .argParser(parseWholeNumber)
        .default(1),
    )
    .addOption(
      new Option(
        "--cases <n>",
        "kun de første n sager (standard: hele kørslen, ca. 2.300)",
      ).argParser(parseWholeNumber),
    )
    .option("--out <file>", "skriv CSV (Windows-1252) hertil og mappingen til <file>.mapping.yaml")
    .action(async (flags: DemoHistoryFlags) =>
      submit((await import("./demoHistoryAction")).demoHistoryAction(flags)),
    );
};
