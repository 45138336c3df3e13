// SQLite event store benchmarks: append (1 and 1000 events per append) and read-all + fold.
// Prints one BENCH line per figure; run with `npx tsx bench/scripts/eventstore-sqlite.ts`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore, schemaCodec } from "@sagsflow/eventstore/node";
import { Effect, Schema } from "effect";

// Stand-in case events shaped like the domain's (caseId + ISO date); the domain schema is not exported yet.
const BenchEvent = Schema.Union([
  Schema.TaggedStruct("SygemeldingReceived", {
    caseId: Schema.String,
    date: Schema.String,
    kategori: Schema.Int,
  }),
  Schema.TaggedStruct("OpfoelgningssamtaleHeld", {
    caseId: Schema.String,
    date: Schema.String,
    note: Schema.String,
  }),
  Schema.TaggedStruct("RaskmeldingRegistered", { caseId: Schema.String, date: Schema.String }),
]);
type BenchEvent = typeof BenchEvent.Type;
let ids = 0;
const environment = {
  codec: schemaCodec(BenchEvent),
  clock: () => "2025-01-06T08:00:00.000Z",
  newEventId: () => `b-${++ids}`,
};

const caseEvents = (caseId: string, n: number): Array<BenchEvent> =>
  Array.from({ length: n }, (_, i): BenchEvent => {
    const date = `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`;
    if (i === 0) return { _tag: "SygemeldingReceived", caseId, date, kategori: 2 };
    if (i === n - 1) return { _tag: "RaskmeldingRegistered", caseId, date };
    return {
      _tag: "OpfoelgningssamtaleHeld",
      caseId,
      date,
      note: "Samtale om arbejdsevne, jobmål og CV på Jobnet",
    };
  });

const report = (name: string, value: number, unit: string, target: number) =>
  console.log(
    `BENCH ${name} ${value.toFixed(0)} ${unit} target ${target} ratio ${(value / target).toFixed(2)}`,
  );

const dir = mkdtempSync(join(tmpdir(), "sagsflow-bench-"));
const store = await Effect.runPromise(openSqliteEventStore(join(dir, "bench.db"), environment));
const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect);

// batch1: one event per append, each its own transaction (the interactive command path). The issue sets
// no target here; 2,000 events/s (0.5 ms per command) is this benchmark's own choice.
const singles = 20_000;
let start = performance.now();
for (let i = 0; i < singles; i++)
  await run(store.append(`sag-s${i % 500}`, caseEvents(`s${i % 500}`, 1)));
report(
  "eventstore.sqlite.append.batch1",
  singles / ((performance.now() - start) / 1000),
  "events/s",
  2_000,
);

// batch1000: imports append whole cases; 1000 events per append across 100 streams.
const batches = 300;
const batch = caseEvents("b", 1000);
start = performance.now();
for (let b = 0; b < batches; b++) await run(store.append(`sag-b${b % 100}`, batch));
report(
  "eventstore.sqlite.append.batch1000",
  (batches * 1000) / ((performance.now() - start) / 1000),
  "events/s",
  50_000,
);

// readAllFold: page through every event in global order and fold a per-case projection.
start = performance.now();
const state = new Map<string, { events: number; raskmeldt: boolean; lastDate: string }>();
let checkpoint = 0;
let total = 0;
for (;;) {
  const page = await run(store.readAll({ afterPosition: checkpoint, maxCount: 10_000 }));
  if (page.length === 0) break;
  for (const recorded of page) {
    const e = recorded.event;
    const s = state.get(e.caseId) ?? { events: 0, raskmeldt: false, lastDate: "" };
    state.set(e.caseId, {
      events: s.events + 1,
      raskmeldt: s.raskmeldt || e._tag === "RaskmeldingRegistered",
      lastDate: e.date,
    });
  }
  total += page.length;
  checkpoint = (page[page.length - 1] as { position: number }).position;
}
report(
  "eventstore.sqlite.readAllFold",
  total / ((performance.now() - start) / 1000),
  "events/s",
  300_000,
);

await run(store.close());
rmSync(dir, { recursive: true, force: true });
