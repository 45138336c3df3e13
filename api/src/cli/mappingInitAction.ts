/** The `mapping init` action: profiles the CSV (streamed, never held whole) and prints or writes the draft; the file
 *  must be readable CSV (exit 2 otherwise), and an existing `--out` file is never overwritten. */
import { existsSync } from "node:fs";
import { Effect } from "effect";
import { OptionInvalid } from "../application";
import { draftMapping, profileCsv } from "../history";
import { InputUnreadable } from "../interop";
import type { CommandEffect } from "./commandEffect";
import { writeFileChunks } from "./writeFileChunks";

export interface MappingInitFlags {
  readonly out?: string;
}

const readFailure = (file: string, cause: unknown): InputUnreadable =>
  cause instanceof InputUnreadable
    ? cause
    : new InputUnreadable({
        file,
        reason: `filen kan ikke læses (${String((cause as { code?: unknown }).code ?? "fejl")})`,
      });

export const mappingInitAction = (file: string, flags: MappingInitFlags): CommandEffect =>
  Effect.gen(function* () {
    const profile = yield* Effect.tryPromise({
      try: () => profileCsv(file),
      catch: (c) => readFailure(file, c),
    });
    if (profile.header.length === 0)
      return yield* Effect.fail(
        new InputUnreadable({ file, reason: "filen har ingen overskriftsrække" }),
      );
    const text = draftMapping(profile, file);
    if (flags.out === undefined) return text;
    if (existsSync(flags.out))
      return yield* Effect.fail(
        new OptionInvalid({
          option: "--out",
          value: flags.out,
          reason: "filen findes allerede; vælg et nyt navn",
        }),
      );
    yield* writeFileChunks(flags.out, [text]);
    return `Mappingudkast skrevet til ${flags.out}\n`;
  });
