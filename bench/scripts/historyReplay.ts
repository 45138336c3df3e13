/** Benchmarks history replay (issue 8): read every `sag-*` stream from a SQLite store and fold each
 *  case with the domain's summarizeCase, as historyKpis does. Cases come from baseline model runs. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DomainEvent, summarizeCase } from "@sagsflow/domain";
import { domainEventCodec, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { Effect, Result } from "effect";
import { readCaseStreams } from "../../api/src/history/readCaseStreams";

const RUNS = 6; // about 21,000 events per baseline run
const TARGET = 300_000;

const dir = mkdtempSync(join(tmpdir(), "sagsflow-bench-replay-"));
const params = Result.getOrThrow(loadScenario(join(LIBRARY_DIR, "baseline.yaml"))).params;
const store = await Effect.runPromise(
  openSqliteEventStore<DomainEvent>(join(dir, "replay.db"), { codec: domainEventCodec }),
);
for (let seed = 1; seed <= RUNS; seed++) {
  const appends = runCaseFlow(params, seed).citizens.map((c) => ({
    streamId: `sag-r${seed}-${c.caseId}`,
    events: c.events as ReadonlyArray<DomainEvent>,
  }));
  for (let i = 0; i < appends.length; i += 500)
    await Effect.runPromise(store.appendBatch(appends.slice(i, i + 500)));
}

async function replay(): Promise<{ events: number; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const cases = await Effect.runPromise(readCaseStreams(store));
  let events = 0;
  let summarized = 0;
  for (const c of cases) {
    events += c.events.length;
    if (summarizeCase(c.events) !== undefined) summarized++;
  }
  if (summarized !== cases.length)
    throw new Error(`only ${summarized} of ${cases.length} cases summarized`);
  return { events, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

await replay(); // warm-up: JIT and page cache
let best = 0;
let events = 0;
for (let i = 0; i < 3; i++) {
  const r = await replay();
  events = r.events;
  best = Math.max(best, r.events / r.seconds);
}
await Effect.runPromise(store.close());
rmSync(dir, { recursive: true, force: true });
console.error(`history replay: ${events} events, best of 3`);
console.log(
  `BENCH history.replay.eventsPerSecond ${best.toFixed(0)} events/s target ${TARGET} ratio ${(best / TARGET).toFixed(2)}`,
);
