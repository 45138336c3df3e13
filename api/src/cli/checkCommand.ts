/** `sagsflow check <scenario> [--json]`: registration only; the action module loads when the command runs. */
import type { Command } from "commander";
import type { CommandEffect } from "./commandEffect";

export interface CheckFlags {
  readonly seed: number;
  readonly replications: number;
  readonly json?: boolean;
}

export const registerCheck = (program: Command, submit: (e: CommandEffect) => void): void => {
  program
    .command("check")
    .description(
      "kør et scenarie og sammenlign med de danske referencetal (docs/reference.md); exit 0 når alle ligger i båndet, 5 når ikke",
    )
    .argument("<scenario>", "scenariets fil (YAML)")
    .option("--seed <n>", "startfrø", (v) => Number(v), 1)
    .option("--replications <n>", "antal gentagelser", (v) => Number(v), 3)
    .option("--json", "skriv resultatet som JSON")
    .action(async (scenario: string, flags: CheckFlags) =>
      submit((await import("./checkAction")).checkAction(scenario, flags)),
    );
};
