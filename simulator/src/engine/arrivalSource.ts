/**
 * Lazy arrivals: one pending arrival event per source, the next one scheduled when the current
 * fires. Keeps the event list small (pushing all arrivals up front cost 3-4x in the prototype,
 * simulation-landscape.md section 2.9).
 */
import { Priority } from "./priority";
import type { Simulation } from "./simulation";

export interface ArrivalSourceOptions {
  /** Time of the first arrival; default now + one interarrival draw. */
  readonly firstAt?: number;
  /** Stop after this many arrivals. */
  readonly limit?: number;
  readonly priority?: number;
}

export interface ArrivalSource {
  /** Arrivals fired so far. */
  readonly count: number;
  /** Cancels the pending arrival; no further arrivals. */
  stop(): void;
}

/**
 * Calls `onArrival(index, sim)` at successive arrival times; `nextInterarrival()` returns the gap
 * to the next one (Infinity ends the source).
 * @example arrivalSource(sim, () => arrivals.sample(rng), (i) => pool.request(new Customer(i), serve))
 */
export function arrivalSource(
  sim: Simulation,
  nextInterarrival: () => number,
  onArrival: (index: number, sim: Simulation) => void,
  options: ArrivalSourceOptions = {},
): ArrivalSource {
  const priority = options.priority ?? Priority.NORMAL;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let handle = -1;
  const state = {
    count: 0,
    stop: () => {
      sim.cancel(handle);
      handle = -1;
    },
  };
  const scheduleAt = (time: number): void => {
    handle =
      state.count < limit && time !== Number.POSITIVE_INFINITY ? sim.at(time, priority, fire) : -1;
  };
  // One closure per source, created once; each arrival reuses it.
  const fire = (): void => {
    const index = state.count++;
    // Schedule the next arrival before the callback so its draw order does not depend on the model.
    scheduleAt(sim.now + nextInterarrival());
    onArrival(index, sim);
  };
  scheduleAt(options.firstAt ?? sim.now + nextInterarrival());
  return state;
}
