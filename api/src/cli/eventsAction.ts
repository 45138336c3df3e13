/** The `events` action: one replication's complete event log in the chosen format, to stdout or `--out`. */
import { Effect } from "effect";
import { type EventLogFormat, eventLogChunks, simulatedEvents } from "../application";
import type { SimulationFlags } from "./commonOptions";
import type { CommandEffect } from "./commandEffect";
import { writeFileChunks } from "./writeFileChunks";

export interface EventsFlags extends SimulationFlags {
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
