/**
 * A generic M/M/c queue built only from the public engine API: Poisson arrivals, a pool of c
 * servers, exponential service. README example; also the analytical check and the worker test.
 */
import { Result } from "effect";
import {
  arrivalSource,
  exponential,
  Priority,
  RandomStreams,
  ResourcePool,
  Simulation,
  Tally,
} from "@sagsflow/simulator";

export interface MmcInput {
  readonly seed: number;
  readonly arrivalRate: number;
  readonly serviceRate: number;
  readonly servers: number;
  readonly horizon: number;
  readonly warmup: number;
}

export interface MmcResult {
  /** Customers who started service after warm-up. */
  readonly customers: number;
  /** Customers who left after warm-up (for the throughput in Little's law). */
  readonly departed: number;
  readonly meanWait: number | null;
  readonly meanSojourn: number | null;
  readonly meanInSystem: number | null;
  readonly meanQueueLength: number | null;
  readonly utilization: number | null;
}

export function runMmc(input: MmcInput): MmcResult {
  const sim = new Simulation();
  const streams = new RandomStreams(input.seed);
  const arrivalRng = streams.stream("arrivals");
  const serviceRng = streams.stream("service");
  const interarrival = Result.getOrThrow(exponential(1 / input.arrivalRate));
  const service = Result.getOrThrow(exponential(1 / input.serviceRate));
  const servers = new ResourcePool(sim, { members: input.servers });
  const waits = new Tally();
  const sojourns = new Tally();

  // Handlers are created once; each customer is a small record passed as the payload.
  type Customer = { arrived: number; server: number };
  const depart = (c: Customer, s: Simulation): void => {
    servers.release(c.server);
    sojourns.add(s.now - c.arrived);
  };
  const startService = (c: Customer, server: number, s: Simulation): void => {
    c.server = server;
    waits.add(s.now - c.arrived);
    s.schedule(service.sample(serviceRng), Priority.HIGH, depart, c);
  };
  arrivalSource(
    sim,
    () => interarrival.sample(arrivalRng),
    (_, s) => {
      servers.request({ arrived: s.now, server: -1 }, startService);
    },
  );

  sim.run(input.warmup);
  servers.resetStats(sim.now);
  waits.reset();
  sojourns.reset();
  sim.run(input.horizon);

  const busy = servers.busy.mean(sim.now);
  const queue = servers.queueLength.mean(sim.now);
  return {
    customers: waits.n,
    departed: sojourns.n,
    meanWait: waits.mean,
    meanSojourn: sojourns.mean,
    meanInSystem: busy === null || queue === null ? null : busy + queue,
    meanQueueLength: queue,
    utilization: servers.utilization(sim.now),
  };
}
