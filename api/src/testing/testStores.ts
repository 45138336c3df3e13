/** Test helper: fresh memory and SQLite stores of domain events, fixture paths and mappings. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import { domainEventCodec, type EventStore, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { makeMemoryEventStore } from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import { type Mapping, parseMapping } from "../interop";

export const IMPORT_FIXTURES = new URL("../../../test/fixtures/import/", import.meta.url).pathname;
export const DEMO_FIXTURES = new URL("../../../test/fixtures/demo/", import.meta.url).pathname;
export const CLOCK = () => "2025-01-06T08:00:00.000Z";

export const loadMapping = (file: string): Mapping =>
  Result.getOrThrow(parseMapping(readFileSync(file, "utf8"), file));

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "sagsflow-history-"));

export const memoryStore = (): EventStore<DomainEvent> =>
  makeMemoryEventStore({ codec: domainEventCodec, clock: CLOCK });

export const sqliteStore = (path: string): Promise<EventStore<DomainEvent>> =>
  Effect.runPromise(
    openSqliteEventStore<DomainEvent>(path, { codec: domainEventCodec, clock: CLOCK }),
  );

export const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect);

/** The four import fixtures with their mappings (test/fixtures/import/README.md). */
export const IMPORT_CASES = [
  ["ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml"],
  ["jobcenter-forloeb-utf8bom.csv", "jobcenter-forloeb-utf8bom.mapping.yaml"],
  ["sagsforloeb.xes", "sagsforloeb.mapping.yaml"],
  ["sagsforloeb.jsonocel", "sagsforloeb.ocel.mapping.yaml"],
] as const;
