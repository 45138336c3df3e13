/** `sagsflow events <scenario> --format csv|xes|ocel|jsonl [--out FILE]`: registration only; the action loads lazily. */
import { type Command, Option } from "commander";
import { addSimulationOptions } from "./commonOptions";
import type { EventsFlags } from "./eventsAction";
import type { CommandEffect } from "./commandEffect";

// Kept equal to EVENT_LOG_FORMATS in application/eventLogChunks.ts (not imported: that would load the writers for --help).
const FORMATS = ["csv", "xes", "ocel", "jsonl"];

export const registerEvents = (program: Command, submit: (e: CommandEffect) => void): void => {
  addSimulationOptions(
    program
      .command("events")
      .description("skriv én replikations hændelseslog (replikation 0 af --seed)")
      .argument("<scenario>", "scenariefil (YAML)"),
  )
    .addOption(
      new Option("--format <format>", "logformat").choices(FORMATS).makeOptionMandatory(true),
    )
    .option("--out <file>", "skriv til en fil i stedet for stdout")
    .option("--run-id <id>", "kørsels-id i strømnavnene (jsonl) sim-<id>-sag-<sagsid>")
    .action(async (file: string, flags: EventsFlags) =>
      submit((await import("./eventsAction")).eventsAction(file, flags)),
    );
};
