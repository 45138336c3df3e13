/**
 * Probes of event-id semantics and positions on every adapter (memory, SQLite, EventStoreDB over its gRPC double):
 * a retry to the same stream is a no-op, an id of another stream is EventIdConflict, positions have no gaps where
 * the storage can give that (docs/decisions/0190 states what EventStoreDB cannot).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EventStore } from "@sagsflow/eventstore";
import { testEnvironment, type TestEvent, testEventCodec } from "@sagsflow/eventstore/contract";
import { makeMemoryEventStore, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { makeEventStoreDbStore } from "../../../eventstore/src/eventstoredb/makeEventStoreDbStore";
import { startEsdbTestDouble } from "../../../eventstore/testing/esdbTestDouble";
import { expectThat, type ProbeCase, runProbe } from "./probe";

type Store = EventStore<TestEvent>;
const ev = (by: number): TestEvent => ({ _tag: "CounterIncremented", caseId: "p", by });
const tagOf = async (e: Effect.Effect<unknown, { _tag: string }>) =>
  Effect.runPromise(Effect.match(e, { onFailure: (f) => f._tag, onSuccess: () => "ok" }));

const casesFor = (
  name: string,
  open: () => Promise<{ store: Store; close: () => Promise<void> }>,
  global: boolean,
): ProbeCase[] => {
  const on = (what: string, body: (s: Store) => Promise<string | undefined>): ProbeCase => ({
    name: `${name}: ${what}`,
    run: async () => {
      const { store, close } = await open();
      try {
        return await body(store);
      } finally {
        await close();
      }
    },
  });
  const cases = [
    on("same id, same stream, stale version = no-op", async (s) => {
      await Effect.runPromise(s.append("sag-1", [ev(1), ev(2)], { eventIds: ["a", "b"] }));
      const r = await Effect.runPromise(
        s.append("sag-1", [ev(1)], { eventIds: ["a"], expectedVersion: "noStream" }),
      );
      return expectThat(r.appended === 0, `appended ${r.appended}`);
    }),
    on("one id for two streams in one batch = EventIdConflict", async (s) => {
      const tag = await tagOf(
        s.appendBatch([
          { streamId: "sag-1", events: [ev(1)], eventIds: ["x"] },
          { streamId: "sag-2", events: [ev(1)], eventIds: ["x"] },
        ]),
      );
      const all = await Effect.runPromise(s.readAll());
      return expectThat(
        tag === "EventIdConflict" && all.length === 0,
        `${tag}, ${all.length} stored`,
      );
    }),
  ];
  if (global) {
    cases.push(
      on("id of another stream, any or stale version = EventIdConflict", async (s) => {
        await Effect.runPromise(s.append("sag-1", [ev(1)], { eventIds: ["used"] }));
        const tags = [
          await tagOf(s.append("sag-2", [ev(1)], { eventIds: ["used"] })),
          await tagOf(s.append("sag-2", [ev(1)], { eventIds: ["used"], expectedVersion: 5 })),
        ];
        return expectThat(
          tags.every((t) => t === "EventIdConflict"),
          tags.join(", "),
        );
      }),
      on("positions 1..n after retries and refusals", async (s) => {
        await Effect.runPromise(s.append("sag-1", [ev(1), ev(1)], { eventIds: ["p1", "p1"] }));
        await Effect.runPromise(s.append("sag-1", [ev(1), ev(2)], { eventIds: ["p1", "p2"] }));
        await tagOf(s.append("sag-2", [ev(1)], { eventIds: ["p2"] }));
        await tagOf(s.append("sag-1", [ev(3)], { expectedVersion: 1 }));
        await Effect.runPromise(s.append("sag-3", [ev(1)], { eventIds: ["p3"] }));
        const positions = (await Effect.runPromise(s.readAll())).map((e) => e.position);
        return expectThat(positions.join() === "1,2,3", positions.join());
      }),
    );
  }
  return cases;
};

export const eventIdProbe = async () => {
  const dir = mkdtempSync(join(tmpdir(), "sagsflow-ids-"));
  let files = 0;
  const env = () => testEnvironment(testEventCodec);
  const memory = async () => ({ store: makeMemoryEventStore(env()), close: async () => undefined });
  const sqlite = async () => {
    const store = await Effect.runPromise(openSqliteEventStore(join(dir, `s${files++}.db`), env()));
    return { store, close: () => Effect.runPromise(store.close()) };
  };
  const esdb = async () => {
    const double = await startEsdbTestDouble();
    const store = await Effect.runPromise(makeEventStoreDbStore({ url: double.url, ...env() }));
    return {
      store,
      close: async () => {
        await Effect.runPromise(Effect.ignore(store.close()));
        await double.stop();
      },
    };
  };
  return runProbe("Event ids and positions on every adapter", [
    ...casesFor("memory", memory, true),
    ...casesFor("sqlite", sqlite, true),
    ...casesFor("eventstoredb (gRPC double)", esdb, false),
  ]);
};
