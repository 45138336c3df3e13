/** Writes text chunks to a file; a path that cannot be written is an input error naming the file (exit 2). */
import { closeSync, openSync, writeSync } from "node:fs";
import { Effect, Schema } from "effect";

export class OutputUnwritable extends Schema.TaggedError<OutputUnwritable>()("OutputUnwritable", {
  file: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `kan ikke skrive ${this.file}: ${this.reason}`;
  }
}

const reasonOf = (cause: unknown): string => {
  const c = cause as { code?: string; message?: string };
  return c.code ?? c.message ?? String(cause);
};

export const writeFileChunks = (
  file: string,
  chunks: Iterable<string>,
): Effect.Effect<void, OutputUnwritable> =>
  Effect.try({
    try: () => {
      const fd = openSync(file, "w");
      try {
        for (const chunk of chunks) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    },
    catch: (cause) => new OutputUnwritable({ file, reason: reasonOf(cause) }),
  });
