/** The `demo-history` action: the synthetic Fjordby Kommune export (docs/history.md "Demo history") as CSV on
 *  stdout, or with `--out` as a Windows-1252 file (as Danish case systems export) plus `<out>.mapping.yaml`. */
import { writeFileSync } from "node:fs";
import { Effect } from "effect";
import iconv from "iconv-lite";
import { demoHistory } from "../history";
import type { CommandEffect } from "./commandEffect";
import { OutputUnwritable, writeFileChunks } from "./writeFileChunks";

export interface DemoHistoryFlags {
  readonly seed: number;
  readonly cases?: number;
  readonly out?: string;
}

const writeWin1252 = (file: string, text: string): Effect.Effect<void, OutputUnwritable> =>
  Effect.try({
    try: () => writeFileSync(file, iconv.encode(text, "win1252")),
    catch: (cause) =>
      new OutputUnwritable({ file, reason: (cause as { code?: string }).code ?? String(cause) }),
  });

export const demoHistoryAction = (flags: DemoHistoryFlags): CommandEffect =>
  Effect.flatMap(
    Effect.fromResult(demoHistory({ seed: flags.seed, cases: flags.cases })),
    (demo): CommandEffect => {
      const out = flags.out;
      if (out === undefined) return Effect.succeed(demo.csv);
      const mappingFile = `${out}.mapping.yaml`;
      return Effect.as(
        Effect.andThen(writeWin1252(out, demo.csv), writeFileChunks(mappingFile, [demo.mapping])),
        `Skrev ${demo.cases} sager (${demo.events} hændelser, frø ${flags.seed}) til ${out} og mappingen til ${mappingFile}\n`,
      );
    },
  );
