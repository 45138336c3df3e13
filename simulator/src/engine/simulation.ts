/**
 * The discrete-event scheduler: a clock and an event list ordered by (time, priority, sequence).
 * Handlers are plain functions scheduled with a payload, so a recurring process reuses one
 * function and allocates no closure per event. Unit-agnostic (the case-flow model uses days).
 */
import { Schema } from "effect";
import { EventQueue, RANK_MAX, RANK_MIN } from "./eventQueue";

/** An event callback; `payload` is whatever was passed to `schedule`/`at`. */
export type Handler<P = unknown> = (payload: P, sim: Simulation) => void;

/** Engine misuse (a defect in the model, not a data error): scheduling in the past or at NaN. */
export class ScheduleTimeInvalid extends Schema.TaggedError<ScheduleTimeInvalid>()(
  "ScheduleTimeInvalid",
  {
    time: Schema.Number,
    now: Schema.Number,
    rule: Schema.String,
  },
) {
  override get message(): string {
    return `schedule time ${this.time} ${this.rule} (now ${this.now})`;
  }
}

/** Engine misuse: a priority that is not an integer in [-2048, 2047] (the named ones are 0-3). */
export class SchedulePriorityInvalid extends Schema.TaggedError<SchedulePriorityInvalid>()(
  "SchedulePriorityInvalid",
  { priority: Schema.Number },
) {
  override get message(): string {
    return `schedule priority ${this.priority} is not an integer in [${RANK_MIN}, ${RANK_MAX}]`;
  }
}

function throwScheduleInvalid(time: number, now: number, priority: number): never {
  if (!(time >= now))
    throw new ScheduleTimeInvalid({
      time,
      now,
      rule: Number.isNaN(time) ? "is NaN" : "is before now",
    });
  throw new SchedulePriorityInvalid({ priority });
}

export class Simulation {
  private readonly events = new EventQueue<Handler<never>, unknown>();
  private stopped = false;
  /** Current simulated time. */
  now: number;
  /** Events fired so far (for throughput figures). */
  fired = 0;

  constructor(start = 0) {
    this.now = start;
  }

  /** Schedules `handler(payload)` after `delay` (>= 0) and returns a handle for `cancel`. */
  schedule<P>(delay: number, priority: number, handler: Handler<P>, payload: P): number;
  schedule(delay: number, priority: number, handler: Handler<undefined>): number;
  schedule<P>(delay: number, priority: number, handler: Handler<P>, payload?: P): number {
    return this.at(this.now + delay, priority, handler as Handler<P | undefined>, payload);
  }

  /**
   * Schedules at absolute `time` (>= now). Throws ScheduleTimeInvalid (a past time is a model defect) or
   * SchedulePriorityInvalid.
   */
  at<P>(time: number, priority: number, handler: Handler<P>, payload: P): number;
  at(time: number, priority: number, handler: Handler<undefined>): number;
  at<P>(time: number, priority: number, handler: Handler<P>, payload?: P): number {
    // The checks throw from a separate function: a small `at` fits V8's inlining budget, and an inlined call does
    // not box its double time and handle on the heap.
    if (
      !(time >= this.now) ||
      (priority | 0) !== priority ||
      priority < RANK_MIN ||
      priority > RANK_MAX
    )
      throwScheduleInvalid(time, this.now, priority);
    return this.events.push(time, priority, handler as Handler<never>, payload);
  }

  /** Cancels a scheduled event; false when it has already fired or was cancelled. */
  cancel(handle: number): boolean {
    return this.events.cancel(handle);
  }

  /** Number of scheduled events not yet fired. */
  get pending(): number {
    return this.events.pending;
  }

  /** Time of the next event, or Infinity when none is queued. */
  peek(): number {
    return this.events.peekTime();
  }

  /**
   * Fires events with time < `until` in (time, priority, seq) order, then sets `now = until`.
   * Events at or after `until` stay queued, so `run(a); run(b)` equals `run(b)` (half-open horizon).
   */
  run(until: number = Number.POSITIVE_INFINITY): void {
    const events = this.events;
    this.stopped = false;
    while (!this.stopped) {
      const slot = events.take(until);
      if (slot < 0) break;
      this.now = events.takenTime;
      this.fired++;
      (events.fns[slot] as Handler<unknown>)(events.payloads[slot], this);
    }
    if (!this.stopped && until !== Number.POSITIVE_INFINITY && until > this.now) this.now = until;
  }

  /**
   * Fires at most `count` events (warm-up by count: `runEvents(n)`, reset the statistics, then `run(horizon)`) and
   * returns how many fired; the clock stays at the last one, so a following `run` continues from there.
   */
  runEvents(count: number): number {
    const events = this.events;
    this.stopped = false;
    let firedHere = 0;
    while (!this.stopped && firedHere < count) {
      const slot = events.take(Number.POSITIVE_INFINITY);
      if (slot < 0) break;
      this.now = events.takenTime;
      this.fired++;
      firedHere++;
      (events.fns[slot] as Handler<unknown>)(events.payloads[slot], this);
    }
    return firedHere;
  }

  /** Stops `run` after the current handler returns; the clock stays at the current event. */
  stop(): void {
    this.stopped = true;
  }
}
