/** The mapping for `import`: the `--mapping` file, or the own-export mapping when the input is a sagsflow
 *  export; anything else is an input error that names `--mapping` (exit 2). */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { Effect } from "effect";
import { OptionInvalid } from "../application";
import { ownExportMapping } from "../history";
import {
  detectFormat,
  InputUnreadable,
  type Mapping,
  type MappingInvalid,
  parseMapping,
} from "../interop";
import { isSagsflowExport } from "./isSagsflowExport";

const HEAD_BYTES = 64 * 1024;

const reasonOf = (cause: unknown): string =>
  (cause as { code?: string }).code ?? (cause instanceof Error ? cause.message : String(cause));

const readHead = (file: string): Effect.Effect<string, InputUnreadable> =>
  Effect.try({
    try: () => {
      const fd = openSync(file, "r");
      try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString("utf8");
      } finally {
        closeSync(fd);
      }
    },
    catch: (cause) => new InputUnreadable({ file, reason: reasonOf(cause) }),
  });

const readMapping = (
  mappingFile: string,
): Effect.Effect<Mapping, InputUnreadable | MappingInvalid> =>
  Effect.flatMap(
    Effect.try({
      try: () => readFileSync(mappingFile, "utf8"),
      catch: (cause) => new InputUnreadable({ file: mappingFile, reason: reasonOf(cause) }),
    }),
    (text) => Effect.fromResult(parseMapping(text, mappingFile)),
  );

/**
 * @example const mapping = yield* resolveMapping("export.xes", undefined) // own-export mapping
 */
export const resolveMapping = (
  file: string,
  mappingFile: string | undefined,
): Effect.Effect<Mapping, InputUnreadable | MappingInvalid | OptionInvalid> =>
  mappingFile !== undefined
    ? readMapping(mappingFile)
    : Effect.flatMap(readHead(file), (head) =>
        isSagsflowExport(detectFormat(file, head), head)
          ? Effect.succeed(ownExportMapping)
          : Effect.fail(
              new OptionInvalid({
                option: "--mapping",
                value: "(mangler)",
                reason: `${file} er ikke en sagsflow-eksport; angiv en mappingfil med --mapping`,
              }),
            ),
      );
