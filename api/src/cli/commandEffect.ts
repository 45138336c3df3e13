/** What a command produces for stdout (text, chunks, or text with an exit code); failures carry a `_tag` that `exitCode`
 *  maps. Its own module, so the commands do not import the program that registers them. */
import type { Effect } from "effect";
import type { CommandOutput } from "./commandResult";

export type CommandEffect = Effect.Effect<CommandOutput, unknown>;
