/** Writes the demo history to files and seeds an empty store with it, so `npm start` shows a
 *  populated dashboard on first run (issue 8, item 5). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import {
  CASE_STREAM_PREFIX,
  type EventStore,
  type EventStoreError,
  type ReadError,
} from "@sagsflow/eventstore";
import type { ScenarioInvalid } from "@sagsflow/scenarios/node";
import { Effect, Result } from "effect";
import iconv from "iconv-lite";
import { parseMapping } from "../interop";
import { type DemoHistoryOptions, demoHistory } from "./demoHistory";
import {
  type ImportIntoStoreError,
  importIntoStore,
  type StoreImportResult,
} from "./importIntoStore";

export const DEMO_CSV = "fjordby-sygedagpenge-demo.csv";
export const DEMO_MAPPING = "fjordby-sygedagpenge-demo.mapping.yaml";

export interface DemoFiles {
  readonly csvFile: string;
  readonly mappingFile: string;
  readonly cases: number;
  readonly events: number;
}

/**
 * Writes the demo CSV as Windows-1252 (what Danish case systems export) and its mapping into `dir`.
 * @example writeDemoHistory("./demo", { seed: 1 }) // then: sagsflow import demo/fjordby-…csv --mapping …
 */
export function writeDemoHistory(
  dir: string,
  options: DemoHistoryOptions,
): Result.Result<DemoFiles, ScenarioInvalid> {
  const demo = demoHistory(options);
  if (Result.isFailure(demo)) return Result.fail(demo.failure);
  mkdirSync(dir, { recursive: true });
  const csvFile = join(dir, DEMO_CSV);
  const mappingFile = join(dir, DEMO_MAPPING);
  writeFileSync(csvFile, iconv.encode(demo.success.csv, "win1252"));
  writeFileSync(mappingFile, demo.success.mapping);
  return Result.succeed({
    csvFile,
    mappingFile,
    cases: demo.success.cases,
    events: demo.success.events,
  });
}

export type EnsureDemoResult =
  | { readonly imported: false }
  | { readonly imported: true; readonly result: StoreImportResult };

/**
 * Imports the demo history (seed 1 unless given) when the store holds no `sag-` stream; otherwise does nothing.
 * @example yield* ensureDemoHistory(store) // at server start
 */
export const ensureDemoHistory = (
  store: EventStore<DomainEvent>,
  options: DemoHistoryOptions = { seed: 1 },
): Effect.Effect<
  EnsureDemoResult,
  ReadError | EventStoreError | ImportIntoStoreError | ScenarioInvalid
> =>
  Effect.flatMap(
    store.readAll({ streamPrefix: CASE_STREAM_PREFIX, maxCount: 1 }),
    (existing): Effect.Effect<EnsureDemoResult, ImportIntoStoreError | ScenarioInvalid> => {
      if (existing.length > 0) return Effect.succeed({ imported: false } as const);
      return Effect.acquireUseRelease(
        Effect.sync(() => mkdtempSync(join(tmpdir(), "sagsflow-demo-"))),
        (dir) =>
          Effect.gen(function* () {
            const files = yield* Effect.fromResult(writeDemoHistory(dir, options));
            const mapping = yield* Effect.fromResult(
              parseMapping(readFileSync(files.mappingFile, "utf8"), files.mappingFile),
            );
            const result = yield* importIntoStore(files.csvFile, { mapping, store });
            return { imported: true, result } as const;
          }),
        (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true })),
      );
    },
  );
