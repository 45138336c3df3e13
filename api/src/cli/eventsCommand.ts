/** `sagsflow events <scenario> --format csv|xes|ocel|jsonl [--out FILE]`: one replication's complete event log. */
import { type Command, Option } from "commander";
import { Effect } from "effect";
import {
  EVENT_LOG_FORMATS,
  type EventLogFormat,
  eventLogChunks,
  simulatedEvents,
} from "../application";
import { addSimulationOptions, type SimulationFlags } from "./commonOptions";
import type { CommandEffect } from "./program";
import { writeFileChunks } from "./writeFileChunks";

interface EventsFlags extends SimulationFlags {
  readonly format: EventLogFormat;
  readonly out?: string;
  readonly runId?: string;
}

export const eventsAction = (file: string, flags: EventsFlags): CommandEffect =>
  Effect.flatMap(
    simulatedEvents({ file, seed: flags.seed, cases: flags.cases, runId: flags.runId }),
    (log): CommandEffect => {
      const chunks = eventLogChunks(log, flags.format);
      return flags.out === undefined
        ? Effect.succeed(chunks)
        : Effect.as(writeFileChunks(flags.out, chunks), "");
    },
  );

export const registerEvents = (program: Command, submit: (e: CommandEffect) => void): void => {
  addSimulationOptions(
    program
      .command("events")
      .description("skriv én replikations hændelseslog (replikation 0 af --seed)")
      .argument("<scenario>", "scenariefil (YAML)"),
  )
    .addOption(
      new Option("--format <format>", "logformat")
        .choices(EVENT_LOG_FORMATS)
        .makeOptionMandatory(true),
    )
    .option("--out <file>", "skriv til en fil i stedet for stdout")
    .option("--run-id <id>", "kørsels-id i strømnavnene (jsonl) sim-<id>-sag-<sagsid>")
    .action((file: string, flags: EventsFlags) => submit(eventsAction(file, flags)));
};
