/** Histogram bins shared by several samples, so overlaid histograms compare bin by bin. */

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  /** Share of the sample in [x0, x1) (the last bin is closed), so samples of different size compare. */
  readonly share: number;
  readonly count: number;
}

/** Equal-width edges from 0 (waits and durations are non-negative) to a round maximum. */
export const sharedEdges = (
  samples: ReadonlyArray<ReadonlyArray<number>>,
  binCount: number,
): ReadonlyArray<number> => {
  let max = 0;
  for (const s of samples) for (const x of s) if (Number.isFinite(x) && x > max) max = x;
  const raw = Math.max(max, 1) / binCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((w) => w >= raw) ?? raw;
  const edges: number[] = [];
  for (let i = 0; i * step <= max + step / 2 || edges.length < 2; i++) edges.push(i * step);
  if ((edges[edges.length - 1] as number) <= max) edges.push(edges.length * step);
  return edges;
};

/** Counts a sample into the given edges; values outside are ignored. */
export const histogramBins = (
  sample: ReadonlyArray<number>,
  edges: ReadonlyArray<number>,
): ReadonlyArray<Bin> => {
  const counts = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  const first = edges[0] ?? 0;
  const last = edges[edges.length - 1] ?? 0;
  let total = 0;
  for (const x of sample) {
    if (!Number.isFinite(x) || x < first || x > last) continue;
    let i = edges.findIndex((e, j) => j > 0 && x < e) - 1;
    if (i < 0) i = counts.length - 1;
    counts[i] = (counts[i] as number) + 1;
    total++;
  }
  return counts.map((count, i) => ({
    x0: edges[i] as number,
    x1: edges[i + 1] as number,
    count,
    share: total === 0 ? 0 : count / total,
  }));
};
