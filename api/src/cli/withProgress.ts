/** Runs a simulation with the stderr progress bar (unless `--json`), stopping the bar however the run ends. */
import { Effect } from "effect";
import type { OnProgress } from "../application";
import type { CliIo } from "./cliIo";
import { makeProgress, noProgress } from "./progressBar";

export const withProgress = <A, E>(
  io: CliIo,
  flags: { readonly json?: boolean; readonly replications: number },
  run: (onProgress: OnProgress) => Effect.Effect<A, E>,
  scenarios = 1,
): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.sync(() =>
      flags.json === true ? noProgress : makeProgress(io.stderr, flags.replications * scenarios),
    ),
    (progress) => run(progress.onProgress),
    (progress) => Effect.sync(progress.stop),
  );
