/** Latin-hypercube sample over parameter ranges: each range cut into `samples` strata, each stratum used once. */
import { Rng } from "../random/rng";

export interface Range {
  readonly low: number;
  readonly high: number;
}

/**
 * `samples` rows, one value per range; in every column each of the equal-width strata holds exactly one value.
 * @example latinHypercube([{ low: 0, high: 1 }], 4, 7) // four values, one in each quarter
 */
export const latinHypercube = (
  ranges: ReadonlyArray<Range>,
  samples: number,
  seed: number,
): ReadonlyArray<ReadonlyArray<number>> => {
  const rng = new Rng(seed, 0x5e45);
  const columns = ranges.map((r) => {
    const strata = Array.from({ length: samples }, (_, i) => i);
    // Fisher-Yates: a random stratum order per parameter decouples the columns.
    for (let i = samples - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [strata[i], strata[j]] = [strata[j] as number, strata[i] as number];
    }
    return strata.map((s) => r.low + ((s + rng.float()) / samples) * (r.high - r.low));
  });
  return Array.from({ length: samples }, (_, i) => columns.map((c) => c[i] as number));
};
