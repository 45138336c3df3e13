/**
 * The sagsflow side of the SimPy peer benchmark: the README M/M/c example (`simulator/examples/mmc.ts`), timed
 * per replication in this process. Prints one JSON line per replication, as `mmcSimpy.py` does.
 * Usage: mmcSagsflow.ts SEED ARRIVAL_RATE SERVICE_RATE SERVERS HORIZON WARMUP REPS
 */
import { runMmc } from "../../../simulator/examples/mmc.ts";
import { cpuSeconds } from "./cpuSeconds.ts";

const [seed, arrivalRate, serviceRate, servers, horizon, warmup, reps] = process.argv
  .slice(2)
  .map(Number) as [number, number, number, number, number, number, number];
for (let rep = 0; rep < reps; rep++) {
  const wall = performance.now();
  const cpu = cpuSeconds();
  const result = runMmc({ seed: seed + rep, arrivalRate, serviceRate, servers, horizon, warmup });
  const line = {
    seconds: cpuSeconds() - cpu,
    wallSeconds: (performance.now() - wall) / 1000,
    customers: result.customers,
    meanWait: result.meanWait,
  };
  console.log(JSON.stringify(line));
}
