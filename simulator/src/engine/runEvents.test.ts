// Warm-up by count: runEvents(n) fires exactly n events in queue order and leaves the rest for run().
import { describe, expect, it } from "vitest";
import { Priority } from "./priority";
import { Simulation } from "./simulation";

const ticking = (): { sim: Simulation; times: Array<number> } => {
  const sim = new Simulation();
  const times: Array<number> = [];
  const tick = (_: undefined, s: Simulation): void => {
    times.push(s.now);
    s.schedule(1.5, Priority.NORMAL, tick);
  };
  sim.at(0, Priority.NORMAL, tick);
  return { sim, times };
};

describe("Simulation.runEvents", () => {
  it("fires n events, stops the clock at the last one, and run() continues as one run would", () => {
    const split = ticking();
    expect(split.sim.runEvents(4)).toBe(4);
    expect(split.sim.now).toBe(4.5);
    split.sim.run(12);
    const whole = ticking();
    whole.sim.run(12);
    expect(split.times).toEqual(whole.times);
  });
  it("returns fewer when the event list runs dry", () => {
    const sim = new Simulation();
    sim.at(2, Priority.NORMAL, () => undefined);
    expect(sim.runEvents(10)).toBe(1);
    expect(sim.now).toBe(2);
  });
});
