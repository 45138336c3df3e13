/**
 * Engine benchmarks: raw scheduled events/s on a plain queue model, README M/M/c cases/s, and the
 * worker speedup of 2 workers over 1. Prints one BENCH line per figure.
 */
import { Result } from "effect";
import { exponential, Priority, RandomStreams, Simulation } from "@sagsflow/simulator";
import { runReplications } from "@sagsflow/simulator/node";
import { runMmc } from "../../simulator/examples/mmc.ts";

const bench = (
  name: string,
  value: number,
  unit: string,
  target: number,
  higherIsBetter = true,
): void => {
  const ratio = higherIsBetter ? value / target : target / value;
  console.log(
    `BENCH ${name} ${value.toFixed(0)} ${unit} target ${target} ratio ${ratio.toFixed(2)}`,
  );
};

/** A plain queue model: N concurrent tokens, each rescheduling itself after an exponential delay. */
function eventsPerSecond(): number {
  const sim = new Simulation();
  const rng = new RandomStreams(1).stream("delays");
  const delay = Result.getOrThrow(exponential(1));
  const step = (token: number, s: Simulation): void => {
    s.schedule(delay.sample(rng), Priority.NORMAL, step, token);
  };
  for (let i = 0; i < 1000; i++) sim.at(0, Priority.NORMAL, step, i);
  sim.run(200); // warm the JIT
  const start = performance.now();
  const before = sim.fired;
  sim.run(5200);
  return ((sim.fired - before) / (performance.now() - start)) * 1000;
}

function mmcCasesPerSecond(): number {
  const input = {
    seed: 3,
    arrivalRate: 2.4,
    serviceRate: 1,
    servers: 3,
    horizon: 400_000,
    warmup: 0,
  };
  runMmc({ ...input, horizon: 20_000 });
  const start = performance.now();
  const result = runMmc(input);
  return (result.customers / (performance.now() - start)) * 1000;
}

async function speedup(): Promise<number> {
  const moduleUrl = new URL("../../simulator/examples/mmc.ts", import.meta.url).href;
  // About 7 s of work at 1 worker; workers load the built example (dist/examples/mmc.js) when it is fresh.
  const inputs = Array.from({ length: 16 }, (_, i) => ({
    seed: i + 1,
    arrivalRate: 2.4,
    serviceRate: 1,
    servers: 3,
    horizon: 600_000,
    warmup: 1_000,
  }));
  const time = async (workers: number): Promise<number> => {
    const start = performance.now();
    await runReplications({ moduleUrl, exportName: "runMmc", inputs, workers });
    return performance.now() - start;
  };
  const one = await time(1);
  const two = await time(2);
  return one / two;
}

bench("simulator.engine.eventsPerSecond", eventsPerSecond(), "events/s", 8_000_000);
bench("simulator.engine.mmc.casesPerSecond", mmcCasesPerSecond(), "cases/s", 300_000);
const s = await speedup();
console.log(
  `BENCH simulator.replications.speedup ${s.toFixed(2)} x target 1.8 ratio ${(s / 1.8).toFixed(2)}`,
);
