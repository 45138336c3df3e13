/** Registers the calibration commands (History II, issue 9): calibrate, validate, counterfactual, forecast. Actions load lazily. */
import { type Command, Option } from "commander";
import type { CalibrateFlags } from "./calibrateAction";
import type { CliIo } from "./cliIo";
import { parseWholeNumber } from "./commonOptions";
import type { CounterfactualFlags } from "./counterfactualAction";
import type { ForecastFlags } from "./forecastAction";
import type { CommandEffect } from "./commandEffect";
import type { ValidateFlags } from "./validateAction";

const JSON_HELP = "maskinlæsbart JSON (schemaVersion 1) på stdout";

const whole = (flags: string, description: string, fallback?: number): Option => {
  const option = new Option(flags, description).argParser(parseWholeNumber);
  return fallback === undefined ? option : option.default(fallback);
};

/** `--seed` and `--replications`, as the simulating History II commands share them. */
const replicated = (command: Command, replications: number): Command =>
  command
    .addOption(whole("--seed <n>", "grundfrø for tilfældige tal", 1))
    .addOption(whole("--replications <n>", "antal replikationer", replications));

const ranged = (command: Command): Command =>
  command
    .option("--from <date>", "første fraværsdag (ÅÅÅÅ-MM-DD) for sager, der tages med")
    .option("--to <date>", "sidste fraværsdag (ÅÅÅÅ-MM-DD)");

export const registerCalibrationCommands = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  ranged(program.command("calibrate").description("tilpas modellen til den gemte historik"))
    .option(
      "--base <scenario>",
      "scenariet, de ikke-tilpassede værdier kommer fra (standard: baseline)",
    )
    .option("--out <file>", "skriv det kalibrerede scenarie (YAML) hertil")
    .option("--json", JSON_HELP)
    .action(async (flags: CalibrateFlags) =>
      submit((await import("./calibrateAction")).calibrateAction(flags, io)),
    );
  replicated(
    program
      .command("validate")
      .description("simulér et scenarie og mål afstanden til den gemte historik")
      .argument("<scenario>", "scenariefil (YAML), fx fra sagsflow calibrate"),
    3,
  )
    .option("--json", JSON_HELP)
    .action(async (scenario: string, flags: ValidateFlags) =>
      submit((await import("./validateAction")).validateAction(scenario, flags, io)),
    );
  replicated(
    ranged(
      program
        .command("counterfactual")
        .description("genafspil de gemte sager under basis og variant, parret sag for sag")
        .argument("<variant>", "variantfil (YAML)")
        .option("--baseline <file>", "basisscenarie (standard: filen varianten udvider)"),
    ),
    3,
  )
    .option("--json", JSON_HELP)
    .action(async (variant: string, flags: CounterfactualFlags) =>
      submit((await import("./counterfactualAction")).counterfactualAction(variant, flags, io)),
    );
  replicated(
    program
      .command("forecast")
      .description("fremskriv de åbne sager: frister i fare og forventet sagsmængde pr. uge")
      .addOption(whole("--weeks <n>", "uger frem", 8))
      .option("--scenario <file>", "scenariet, der fremskrives med (standard: baseline)")
      .option(
        "--now <date>",
        "dagen, der fremskrives fra (standard: i dag, flyttet ind i den gemte historik)",
      )
      .option("--all", "vis også frister med 0 % risiko"),
    20,
  )
    .option("--json", JSON_HELP)
    .action(async (flags: ForecastFlags) =>
      submit((await import("./forecastAction")).forecastAction(flags, io)),
    );
};
