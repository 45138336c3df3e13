import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Priority } from "./priority";
import { ScheduleTimeInvalid, Simulation } from "./simulation";

const params = { seed: 20240501, numRuns: 200 } as const;

describe("Simulation", () => {
  it("pops in (time, priority, seq) order for any schedule (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 300,
        }),
        (specs) => {
          const sim = new Simulation();
          const fired: Array<[number, number, number]> = [];
          specs.forEach(([t, p], i) => {
            sim.at(t, p, (id: number, s) => fired.push([s.now, p, id]), i);
          });
          sim.run();
          expect(fired).toHaveLength(specs.length);
          for (let k = 1; k < fired.length; k++) {
            const [t0, p0, i0] = fired[k - 1] as [number, number, number];
            const [t1, p1, i1] = fired[k] as [number, number, number];
            expect(t0 < t1 || (t0 === t1 && (p0 < p1 || (p0 === p1 && i0 < i1)))).toBe(true);
          }
        },
      ),
      params,
    );
  });

  it("fires equal-time, equal-priority events FIFO", () => {
    const sim = new Simulation();
    const order: Array<number> = [];
    for (let i = 0; i < 100; i++) sim.at(5, Priority.NORMAL, (x: number) => order.push(x), i);
    sim.run();
    expect(order).toEqual([...Array(100).keys()]);
  });

  it("lets URGENT run before NORMAL scheduled earlier at the same time", () => {
    const sim = new Simulation();
    const order: Array<string> = [];
    sim.at(1, Priority.NORMAL, () => order.push("normal"));
    sim.at(1, Priority.LOW, () => order.push("low"));
    sim.at(1, Priority.URGENT, () => order.push("urgent"));
    sim.run();
    expect(order).toEqual(["urgent", "normal", "low"]);
  });

  it("never runs past the horizon and keeps later events queued (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 200 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (times, until) => {
          const sim = new Simulation();
          let latest = -1;
          for (const t of times)
            sim.at(
              t,
              Priority.NORMAL,
              (_: undefined, s) => {
                latest = Math.max(latest, s.now);
              },
              undefined,
            );
          sim.run(until);
          expect(latest).toBeLessThan(until);
          expect(sim.now).toBe(until);
          expect(sim.pending).toBe(times.filter((t) => t >= until).length);
        },
      ),
      params,
    );
  });

  it("run(a) then run(b) fires the same events as run(b)", () => {
    const trace = (splits: ReadonlyArray<number>): Array<number> => {
      const sim = new Simulation();
      const out: Array<number> = [];
      const tick = (n: number, s: Simulation): void => {
        out.push(s.now);
        if (n > 0) s.schedule(0.7, Priority.NORMAL, tick, n - 1);
      };
      sim.at(0, Priority.NORMAL, tick, 50);
      for (const u of splits) sim.run(u);
      return out;
    };
    expect(trace([3, 10.5, 20])).toEqual(trace([20]));
  });

  it("cancels a pending event and reports false for fired or stale handles", () => {
    const sim = new Simulation();
    const fired: Array<string> = [];
    const a = sim.at(1, Priority.NORMAL, () => fired.push("a"));
    const b = sim.at(2, Priority.NORMAL, () => fired.push("b"));
    expect(sim.cancel(b)).toBe(true);
    expect(sim.cancel(b)).toBe(false);
    sim.run();
    expect(fired).toEqual(["a"]);
    expect(sim.cancel(a)).toBe(false);
    // The freed slot is reused; the old handle must not cancel the new event.
    sim.at(3, Priority.NORMAL, () => fired.push("c"));
    expect(sim.cancel(b)).toBe(false);
    sim.run();
    expect(fired).toEqual(["a", "c"]);
  });

  it("cancellation keeps the remaining order intact (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 200 }),
        (specs) => {
          const sim = new Simulation();
          const fired: Array<number> = [];
          const handles = specs.map(([t], i) =>
            sim.at(t, Priority.NORMAL, (x: number) => fired.push(x), i),
          );
          specs.forEach(([, drop], i) => {
            if (drop) sim.cancel(handles[i] as number);
          });
          sim.run();
          const expected = specs
            .map(([t, drop], i) => ({ t, drop, i }))
            .filter((e) => !e.drop)
            .sort((x, y) => x.t - y.t || x.i - y.i)
            .map((e) => e.i);
          expect(fired).toEqual(expected);
        },
      ),
      params,
    );
  });

  it("rejects scheduling in the past or at NaN with ScheduleTimeInvalid", () => {
    const sim = new Simulation(10);
    expect(() => sim.at(9, Priority.NORMAL, () => {})).toThrow(ScheduleTimeInvalid);
    expect(() => sim.schedule(Number.NaN, Priority.NORMAL, () => {})).toThrow(/NaN/);
  });

  it("stop() ends run after the current handler", () => {
    const sim = new Simulation();
    let count = 0;
    const tick = (_: undefined, s: Simulation): void => {
      if (++count === 5) s.stop();
      s.schedule(1, Priority.NORMAL, tick, undefined);
    };
    sim.at(0, Priority.NORMAL, tick, undefined);
    sim.run(100);
    expect(count).toBe(5);
    expect(sim.now).toBe(4);
  });
});
