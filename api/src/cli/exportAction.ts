/** The `export` action: the stored history (`sag-*`) or one stored simulated run (`--run ID`) as XES,
 *  interval CSV or OCEL 2.0, to stdout or `--out` (docs/history.md "Export"). */
import type { DomainEvent } from "@sagsflow/domain";
import {
  CASE_STREAM_PREFIX,
  type EventStore,
  type ReadError,
  simulationRunPrefix,
} from "@sagsflow/eventstore";
import { Effect } from "effect";
import { OptionInvalid, storeLabel, withStoreFromEnv } from "../application";
import { exportHistory } from "../history";
import type { HistoryFormat } from "../interop";
import type { CliIo } from "./cliIo";
import type { CommandEffect } from "./commandEffect";
import { runStoreView } from "./runStoreView";
import { writeFileChunks } from "./writeFileChunks";

export interface ExportFlags {
  readonly format: HistoryFormat;
  readonly fromStore?: boolean;
  readonly run?: string;
  readonly out?: string;
}

/** An unknown run id would export an empty log; saying so is more useful. */
const exportRun = (
  store: EventStore<DomainEvent>,
  runId: string,
  flags: ExportFlags,
  io: CliIo,
): Effect.Effect<string, ReadError | OptionInvalid> => {
  const view = runStoreView(store, runId);
  return Effect.flatMap(
    view.readAll({ streamPrefix: CASE_STREAM_PREFIX, maxCount: 1 }),
    (first): Effect.Effect<string, ReadError | OptionInvalid> =>
      first.length > 0
        ? exportHistory(view, { format: flags.format })
        : Effect.fail(
            new OptionInvalid({
              option: "--run",
              value: runId,
              reason: `ingen strømme ${simulationRunPrefix(runId)}${CASE_STREAM_PREFIX}* i ${storeLabel(io.env)}`,
            }),
          ),
  );
};

export const exportAction = (flags: ExportFlags, io: CliIo): CommandEffect => {
  const text = withStoreFromEnv(io.env, (store) =>
    flags.run === undefined
      ? exportHistory(store, { format: flags.format })
      : exportRun(store, flags.run, flags, io),
  );
  const out = flags.out;
  return out === undefined
    ? text
    : Effect.flatMap(text, (t) => Effect.as(writeFileChunks(out, [t]), ""));
};
