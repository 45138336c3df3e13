/** The `run` action: one scenario's KPIs as a Danish table or JSON; with `--store` one replication is also stored. */
import { Effect } from "effect";
import { runScenario, simulatedEvents, storeSimulatedEvents } from "../application";
import type { CliIo } from "./cliIo";
import type { ReplicationFlags } from "./commonOptions";
import { formatRunTable } from "./formatRunTable";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";
import { withProgress } from "./withProgress";

export interface RunFlags extends ReplicationFlags {
  readonly store?: boolean;
  readonly runId?: string;
}

const storeRun = (file: string, flags: RunFlags, io: CliIo) =>
  Effect.flatMap(
    simulatedEvents({ file, seed: flags.seed, cases: flags.cases, runId: flags.runId }),
    (log) => storeSimulatedEvents(log, io.env),
  );

export const runAction = (file: string, flags: RunFlags, io: CliIo): CommandEffect =>
  Effect.gen(function* () {
    const { report, names } = yield* withProgress(io, flags, (onProgress) =>
      runScenario({ ...flags, file, onProgress }),
    );
    const stored = flags.store === true ? yield* storeRun(file, flags, io) : undefined;
    if (flags.json === true)
      return toJsonText(stored === undefined ? report : { ...report, stored });
    const storedLine =
      stored === undefined
        ? ""
        : `\nGemt: ${stored.events} hændelser i ${stored.streams} strømme (sim-${stored.runId}-…) i ${stored.store}\n`;
    return formatRunTable(report, names) + storedLine;
  });
