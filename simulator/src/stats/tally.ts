/**
 * Running mean and variance of observations (waiting times, durations) within one replication,
 * with `reset()` for warm-up. Welford's algorithm; nothing is stored per observation.
 */
export class Tally {
  n = 0;
  private m = 0;
  private m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(x: number): void {
    this.n++;
    const delta = x - this.m;
    this.m += delta / this.n;
    this.m2 += delta * (x - this.m);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  reset(): void {
    this.n = 0;
    this.m = 0;
    this.m2 = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }

  /** Mean of the observations, null when there are none. */
  get mean(): number | null {
    return this.n > 0 ? this.m : null;
  }

  /** Sample variance, null when n < 2. */
  get variance(): number | null {
    return this.n > 1 ? this.m2 / (this.n - 1) : null;
  }
}
