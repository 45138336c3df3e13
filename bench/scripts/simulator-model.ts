/**
 * Case-flow model benchmarks: domain events per second in one thread (model + decider, KPIs excluded), memory per
 * case, and a 2 scenarios × 30 replications × 5,000 cases comparison on worker threads.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { type ModelParams, replicationInputs, runCaseFlow } from "@sagsflow/simulator/model";
import { runReplications } from "@sagsflow/simulator/node";
import { Result } from "effect";

const bench = (
  name: string,
  value: number,
  unit: string,
  target: number,
  lowerIsBetter = false,
) => {
  const ratio = lowerIsBetter ? target / value : value / target;
  console.log(
    `BENCH ${name} ${value.toFixed(value < 100 ? 2 : 0)} ${unit} target ${target} ratio ${ratio.toFixed(2)}`,
  );
};

const load = (file: string): ModelParams => {
  const r = loadScenario(join(LIBRARY_DIR, file));
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success.params;
};
const withCases = (p: ModelParams, cases: number): ModelParams => ({
  ...p,
  horizon: { ...p.horizon, maxCases: cases },
});

const baseline = withCases(load("baseline.yaml"), 5000);
const variant = withCases(load("vs-foer-raskmelding.yaml"), 5000);

// Warm up the JIT, then time single-thread runs.
runCaseFlow(baseline, 99);
let events = 0;
let cases = 0;
const t0 = performance.now();
for (let seed = 1; seed <= 5; seed++) {
  const run = runCaseFlow(baseline, seed);
  for (const c of run.citizens) events += c.events.length;
  cases += run.citizens.length;
}
const seconds = (performance.now() - t0) / 1000;
bench("simulator.model.eventsPerSecond", events / seconds, "events/s", 300_000);

global.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = runCaseFlow(baseline, 11);
global.gc?.();
const after = process.memoryUsage().heapUsed;
bench(
  "simulator.model.bytesPerCase",
  (after - before) / kept.citizens.length,
  "bytes/case",
  4000,
  true,
);

const workers = Math.min(2, availableParallelism());
const moduleUrl = import.meta.resolve("@sagsflow/simulator/model");
const t1 = performance.now();
await runReplications({
  moduleUrl,
  exportName: "caseFlowReplication",
  inputs: replicationInputs(baseline, 1, 30),
  workers,
});
await runReplications({
  moduleUrl,
  exportName: "caseFlowReplication",
  inputs: replicationInputs(variant, 1, 30),
  workers,
});
bench("simulator.compare.2x30x5000.seconds", (performance.now() - t1) / 1000, "s", 30, true);
console.log(
  `(${cases} cases in ${seconds.toFixed(2)} s single-thread; ${workers} workers for the comparison)`,
);
