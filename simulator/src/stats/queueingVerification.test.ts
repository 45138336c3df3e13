// Verification against queueing theory with the README M/M/c example (and an M/D/1 queue): analytical waiting
// times must fall inside the 95% CI over replications, and Little's law L = λW must hold per run.
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { type MmcResult, runMmc } from "../../examples/mmc";
import { arrivalSource } from "../engine/arrivalSource";
import { Priority } from "../engine/priority";
import { Simulation } from "../engine/simulation";
import { exponential } from "../random/continuousDistributions";
import { RandomStreams } from "../random/randomStreams";
import { ResourcePool } from "../resources/resourcePool";
import { erlangCWait } from "./erlangC";
import { summarize } from "./summarize";
import { Tally } from "./tally";

// Each test simulates about 20 replications of 20,000 time units: a few seconds on an idle core, several
// times that on the shared machine, so each gets the 30 s a statistical test may use (not vitest's 5 s).
const STATISTICAL = { timeout: 30_000 } as const;

function replicate(servers: number, arrivalRate: number, count: number): Array<MmcResult> {
  return Array.from({ length: count }, (_, i) =>
    runMmc({ seed: 1 + i, arrivalRate, serviceRate: 1, servers, horizon: 21_000, warmup: 1_000 }),
  );
}

/** Mean wait of one M/D/1 replication: Poisson arrivals at `lambda`, service exactly 1. */
function md1Wait(seed: number, lambda: number): number {
  const sim = new Simulation();
  const rng = new RandomStreams(seed).stream("arrivals");
  const gap = Result.getOrThrow(exponential(1 / lambda));
  const server = new ResourcePool(sim, { members: 1 });
  const waits = new Tally();
  const depart = (): void => server.release(0);
  arrivalSource(
    sim,
    () => gap.sample(rng),
    (_, s) =>
      server.request(s.now, (arrived: number, __, t) => {
        waits.add(t.now - arrived);
        t.schedule(1, Priority.HIGH, depart, undefined);
      }),
  );
  sim.run(1_000);
  waits.reset();
  sim.run(21_000);
  return waits.mean as number;
}

describe("M/D/1 against Pollaczek-Khinchine (20 replications, seeds 1..20)", () => {
  it("Wq = λ/(2μ²(1-ρ)) lies in the 95% CI of the mean wait", STATISTICAL, () => {
    const lambda = 0.7;
    const wait = summarize(Array.from({ length: 20 }, (_, i) => md1Wait(1 + i, lambda)));
    const expected = lambda / (2 * (1 - lambda));
    expect(wait.ci95?.[0]).toBeLessThanOrEqual(expected);
    expect(wait.ci95?.[1]).toBeGreaterThanOrEqual(expected);
  });
});

describe("M/M/c example against analytical results (20 replications, seeds 1..20)", () => {
  it.each([
    [1, 0.7],
    [3, 2.4],
  ])(
    "c=%d, λ=%d: Erlang C Wq lies in the 95% CI of the mean wait",
    STATISTICAL,
    (servers, lambda) => {
      const runs = replicate(servers, lambda, 20);
      const wait = summarize(runs.map((r) => r.meanWait));
      const expected = erlangCWait(lambda, 1, servers);
      expect(wait.n).toBe(20);
      expect(wait.ci95?.[0]).toBeLessThanOrEqual(expected);
      expect(wait.ci95?.[1]).toBeGreaterThanOrEqual(expected);
      const utilization = summarize(runs.map((r) => r.utilization));
      const rho = lambda / servers;
      expect(utilization.ci95?.[0]).toBeLessThanOrEqual(rho);
      expect(utilization.ci95?.[1]).toBeGreaterThanOrEqual(rho);
    },
  );

  it("satisfies Little's law L = λW within 1% on every run", STATISTICAL, () => {
    for (const r of replicate(2, 1.5, 5)) {
      const throughput = r.departed / 20_000;
      const littleL = throughput * (r.meanSojourn as number);
      // Boundary effects (customers present at warm-up end and at the horizon) are O(1/N), N ≈ 30,000.
      expect(
        Math.abs(littleL - (r.meanInSystem as number)) / (r.meanInSystem as number),
      ).toBeLessThan(0.01);
    }
  });

  it(
    "common random numbers shrink the spread of variant-minus-baseline differences",
    STATISTICAL,
    () => {
      const run = (servers: number, seed: number) =>
        runMmc({ seed, arrivalRate: 1.8, serviceRate: 1, servers, horizon: 3_000, warmup: 300 })
          .meanWait as number;
      const paired = summarize(Array.from({ length: 10 }, (_, i) => run(3, i + 1) - run(2, i + 1)));
      const independent = summarize(
        Array.from({ length: 10 }, (_, i) => run(3, i + 101) - run(2, i + 1)),
      );
      expect(paired.sd as number).toBeLessThan(independent.sd as number);
    },
  );
});
