/** `sagsflow sensitivity <variant>`: registration only; the action module loads when the command runs. */
import { type Command, Option } from "commander";
import { addSimulationOptions, parseWholeNumber, queueOption } from "./commonOptions";
import type { CommandEffect } from "./commandEffect";
import { SENSITIVITY_DEFAULTS } from "../application/sensitivityDefaults";
import type { SensitivityFlags } from "./sensitivityAction";

export const registerSensitivity = (program: Command, submit: (e: CommandEffect) => void): void => {
  addSimulationOptions(
    program
      .command("sensitivity")
      .description(
        "følsomhed: hvert skøn varieret over sit interval, én ad gangen og ved latinsk hyperkube",
      )
      .argument("<variant>", "variantfil (YAML), der udvider et basisscenarie"),
  )
    .option("--kpi <id>", "nøgletal (KPI-id)", SENSITIVITY_DEFAULTS.kpi)
    .addOption(
      new Option("--samples <n>", "stikprøver i den latinske hyperkube")
        .argParser(parseWholeNumber)
        .default(SENSITIVITY_DEFAULTS.samples),
    )
    .addOption(
      new Option("--replications <n>", "replikationer pr. indstilling")
        .argParser(parseWholeNumber)
        .default(SENSITIVITY_DEFAULTS.replications),
    )
    .addOption(
      new Option("--workers <n>", "worker-tråde (1 = i processen)").argParser(parseWholeNumber),
    )
    .addOption(queueOption())
    .option("--json", "maskinlæsbart JSON (schemaVersion 1) på stdout")
    .action(async (variant: string, flags: SensitivityFlags) =>
      submit(
        (await import("./sensitivityAction")).sensitivityAction(variant, {
          cases: SENSITIVITY_DEFAULTS.cases,
          ...flags,
        }),
      ),
    );
};
