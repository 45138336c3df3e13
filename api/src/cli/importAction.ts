/** The `import` action: reads, maps and validates a history file and stores its good cases (docs/history.md): all or
 *  nothing unless `--partial`, nothing with `--dry-run`; exit 0 when nothing is rejected, 4 when any row is. */
import { Effect } from "effect";
import { storeLabel, withStoreFromEnv } from "../application";
import { importExitCode, importIntoStore, RejectLog } from "../history";
import type { CliIo } from "./cliIo";
import { withExitCode } from "./commandResult";
import { formatImportSummary, importJsonChunks, rejectsCsvChunks } from "./formatImportSummary";
import type { CommandEffect } from "./commandEffect";
import { resolveMapping } from "./resolveMapping";
import { writeFileChunks } from "./writeFileChunks";

export interface ImportFlags {
  readonly mapping?: string;
  readonly json?: boolean;
  readonly dryRun?: boolean;
  readonly partial?: boolean;
  readonly rejects?: string;
}

export const importAction = (file: string, flags: ImportFlags, io: CliIo): CommandEffect =>
  Effect.gen(function* () {
    const mapping = yield* resolveMapping(file, flags.mapping);
    const pseudoKey = io.env.SAGSFLOW_PSEUDO_KEY || undefined;
    const log = new RejectLog();
    try {
      const result = yield* withStoreFromEnv(io.env, (store) =>
        importIntoStore(file, {
          mapping,
          store,
          pseudoKey,
          partial: flags.partial,
          dryRun: flags.dryRun,
          rejectLog: log,
        }),
      );
      if (flags.rejects !== undefined)
        yield* writeFileChunks(flags.rejects, rejectsCsvChunks(log.all()));
      const output =
        flags.json === true
          ? [...importJsonChunks(result, log.all())].join("")
          : formatImportSummary(file, storeLabel(io.env), result);
      return withExitCode(output, importExitCode(result));
    } finally {
      log.dispose();
    }
  });
