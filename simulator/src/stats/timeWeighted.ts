/**
 * Time-weighted average of a piecewise-constant level (queue length, busy servers, WIP),
 * Salabim-style level monitor. `reset(now)` discards the past for a warm-up period.
 */
export class TimeWeighted {
  private area = 0;
  private since: number;
  private last: number;
  /** Current level. */
  value: number;
  /** Highest level since the last reset. */
  max: number;

  constructor(now: number, initial = 0) {
    this.since = now;
    this.last = now;
    this.value = initial;
    this.max = initial;
  }

  /** Sets the level at time `now` (non-decreasing across calls). */
  update(now: number, value: number): void {
    this.area += this.value * (now - this.last);
    this.last = now;
    this.value = value;
    if (value > this.max) this.max = value;
  }

  add(now: number, delta: number): void {
    this.update(now, this.value + delta);
  }

  /** Forgets the accumulated area: the average restarts at `now` from the current level. */
  reset(now: number): void {
    this.area = 0;
    this.since = now;
    this.last = now;
    this.max = this.value;
  }

  /** Time average over [last reset, now]; null when no time has passed. */
  mean(now: number): number | null {
    const span = now - this.since;
    return span > 0 ? (this.area + this.value * (now - this.last)) / span : null;
  }
}
