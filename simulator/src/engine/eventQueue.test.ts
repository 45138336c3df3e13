// The event list against a reference: a plain sorted array of (time, priority, seq). Handlers schedule, cancel,
// peek and count while the queue's root is empty (the engine refills it lazily), so those paths are covered too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RANK_MAX, RANK_MIN } from "./eventQueue";
import { SchedulePriorityInvalid, Simulation } from "./simulation";

type Action = {
  readonly delays: ReadonlyArray<readonly [number, number]>;
  readonly cancel: number;
  readonly peek: boolean;
};

interface Entry {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
}

const action: fc.Arbitrary<Action> = fc.record({
  delays: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 })), {
    maxLength: 3,
  }),
  cancel: fc.integer({ min: -1, max: 40 }),
  peek: fc.boolean(),
});

const MAX_EVENTS = 300;

/** Event `id` fires action `id mod n`: it may peek and count, cancel event `cancel`, and schedule more. */
function engineLog(
  initial: ReadonlyArray<readonly [number, number]>,
  actions: ReadonlyArray<Action>,
) {
  const sim = new Simulation();
  const handles: Array<number> = [];
  const log: Array<string> = [];
  const add = (time: number, priority: number): void => {
    handles.push(sim.at(time, priority, fire, handles.length));
  };
  const fire = (id: number, s: Simulation): void => {
    const a = actions[id % actions.length] as Action;
    let line = `${s.now}:${id}`;
    if (a.peek) line += ` peek ${s.peek()} pending ${s.pending}`;
    if (a.cancel >= 0 && a.cancel < handles.length)
      line += ` cancel ${s.cancel(handles[a.cancel] as number)}`;
    log.push(line);
    if (handles.length < MAX_EVENTS) for (const [d, p] of a.delays) add(s.now + d, p);
  };
  for (const [t, p] of initial) add(t, p);
  sim.run();
  return log;
}

/** The same protocol over a list kept sorted by (time, priority, seq). */
function referenceLog(
  initial: ReadonlyArray<readonly [number, number]>,
  actions: ReadonlyArray<Action>,
) {
  const all: Array<Entry> = [];
  const queue: Array<Entry> = [];
  const log: Array<string> = [];
  const before = (x: Entry, y: Entry) =>
    x.time < y.time ||
    (x.time === y.time &&
      (x.priority < y.priority || (x.priority === y.priority && x.seq < y.seq)));
  const add = (time: number, priority: number): void => {
    const e = { time, priority, seq: all.length };
    all.push(e);
    let i = queue.length;
    while (i > 0 && before(e, queue[i - 1] as Entry)) i--;
    queue.splice(i, 0, e);
  };
  for (const [t, p] of initial) add(t, p);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const a = actions[next.seq % actions.length] as Action;
    let line = `${next.time}:${next.seq}`;
    if (a.peek)
      line += ` peek ${queue[0]?.time ?? Number.POSITIVE_INFINITY} pending ${queue.length}`;
    const target = all[a.cancel];
    if (target !== undefined) {
      const at = queue.indexOf(target);
      if (at >= 0) queue.splice(at, 1);
      line += ` cancel ${at >= 0}`;
    }
    log.push(line);
    if (all.length < MAX_EVENTS) for (const [d, p] of a.delays) add(next.time + d, p);
  }
  return log;
}

describe("EventQueue", () => {
  it("fires, cancels, peeks and counts like a sorted reference list (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(action, { minLength: 1, maxLength: 20 }),
        (initial, actions) => {
          expect(engineLog(initial, actions)).toEqual(referenceLog(initial, actions));
        },
      ),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it("keeps its order when a handler throws and run is called again", () => {
    const sim = new Simulation();
    const fired: Array<number> = [];
    for (let i = 0; i < 20; i++)
      sim.at(
        i % 7,
        2,
        (x: number) => {
          fired.push(x);
          if (x === 3) throw new Error("model defect");
        },
        i,
      );
    expect(() => sim.run()).toThrow("model defect");
    expect(sim.pending).toBe(19 - fired.length + 1);
    sim.run();
    const expected = [...Array(20).keys()].sort((a, b) => (a % 7) - (b % 7) || a - b);
    expect(fired).toEqual(expected);
  });

  it("accepts integer priorities in its range and rejects others with SchedulePriorityInvalid", () => {
    const sim = new Simulation();
    const order: Array<number> = [];
    for (const p of [RANK_MAX, 0, RANK_MIN, -1]) sim.at(1, p, (x: number) => order.push(x), p);
    sim.run();
    expect(order).toEqual([RANK_MIN, -1, 0, RANK_MAX]);
    for (const bad of [1.5, RANK_MAX + 1, RANK_MIN - 1, Number.NaN])
      expect(() => sim.at(2, bad, () => {})).toThrow(SchedulePriorityInvalid);
  });
});
