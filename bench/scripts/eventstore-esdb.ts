// EventStoreDB adapter benchmarks through the in-process gRPC test double (not a real server: the figures
// measure adapter + client + gRPC overhead on this machine). Run with `npx tsx bench/scripts/eventstore-esdb.ts`.
import { Effect, Schema } from "effect";
import { startEsdbTestDouble } from "../../eventstore/testing/esdbTestDouble/index";
import { schemaCodec } from "../../eventstore/src/schemaCodec";
import { makeEventStoreDbStore } from "../../eventstore/src/eventstoredb/index";

const BenchEvent = Schema.TaggedStruct("OpfoelgningssamtaleHeld", {
  caseId: Schema.String,
  date: Schema.String,
});
type BenchEvent = typeof BenchEvent.Type;
const CASES = 1_000;
const EVENTS_PER_CASE = 10;

const line = (name: string, value: number, unit: string, target: number) =>
  console.log(
    `BENCH ${name} ${value.toFixed(0)} ${unit} target ${target} ratio ${(value / target).toFixed(2)}`,
  );

const events = (caseId: string): Array<BenchEvent> =>
  Array.from({ length: EVENTS_PER_CASE }, (_, i) => ({
    _tag: "OpfoelgningssamtaleHeld",
    caseId,
    date: `2025-01-${10 + i}`,
  }));

const double = await startEsdbTestDouble();
const store = await Effect.runPromise(
  makeEventStoreDbStore({
    url: double.url,
    codec: schemaCodec(BenchEvent),
    clock: () => "2025-01-06T08:00:00.000Z",
  }),
);
let start = performance.now();
for (let i = 0; i < CASES; i++) {
  await Effect.runPromise(
    store.append(`sag-${i}`, events(String(i)), { expectedVersion: "noStream" }),
  );
  await Effect.runPromise(store.append(`sim-b-sag-${i}`, events(String(i))));
}
const appendSeconds = (performance.now() - start) / 1000;
line(
  "eventstore.esdb.append.eventsPerSecond",
  (2 * CASES * EVENTS_PER_CASE) / appendSeconds,
  "events/s",
  5_000,
);

start = performance.now();
const read = await Effect.runPromise(store.readAll({ streamPrefix: "sag-" }));
line(
  "eventstore.esdb.readAllPrefix.eventsPerSecond",
  read.length / ((performance.now() - start) / 1000),
  "events/s",
  20_000,
);

start = performance.now();
let seen = 0;
const subscription = store.subscribe({ streamPrefix: "sag-" });
for await (const _ of subscription) if (++seen === CASES * EVENTS_PER_CASE) subscription.stop();
line(
  "eventstore.esdb.subscribeCatchUp.eventsPerSecond",
  seen / ((performance.now() - start) / 1000),
  "events/s",
  20_000,
);

await Effect.runPromise(store.close());
await double.stop();
