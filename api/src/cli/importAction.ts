/** The `import` action: reads, maps and validates a history file and stores its good cases (docs/history.md);
 *  exit 0 when every case is stored or already there, 4 when rows were rejected. */
import { Effect } from "effect";
import { storeLabel, withStoreFromEnv } from "../application";
import { importExitCode, importIntoStore } from "../history";
import type { CliIo } from "./cliIo";
import { withExitCode } from "./commandResult";
import { formatImportSummary, importJson } from "./formatImportSummary";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./program";
import { resolveMapping } from "./resolveMapping";

export interface ImportFlags {
  readonly mapping?: string;
  readonly json?: boolean;
}

export const importAction = (file: string, flags: ImportFlags, io: CliIo): CommandEffect =>
  Effect.gen(function* () {
    const mapping = yield* resolveMapping(file, flags.mapping);
    const pseudoKey = io.env.SAGSFLOW_PSEUDO_KEY || undefined;
    const result = yield* withStoreFromEnv(io.env, (store) =>
      importIntoStore(file, { mapping, store, pseudoKey }),
    );
    const output =
      flags.json === true
        ? toJsonText(importJson(result))
        : formatImportSummary(file, storeLabel(io.env), result);
    return withExitCode(output, importExitCode(result));
  });
