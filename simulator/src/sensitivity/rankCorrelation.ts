/** Spearman rank correlation with average ranks for ties; null when either side is constant or too short. */

export const averageRanks = (xs: ReadonlyArray<number>): ReadonlyArray<number> => {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const ranks = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (
      end + 1 < order.length &&
      (order[end + 1] as { x: number }).x === (order[k] as { x: number }).x
    )
      end++;
    const rank = (k + end) / 2 + 1;
    for (let m = k; m <= end; m++) ranks[(order[m] as { i: number }).i] = rank;
    k = end + 1;
  }
  return ranks;
};

const pearson = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): number | null => {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? null : sab / Math.sqrt(saa * sbb);
};

/** Pairs where `y` is null are dropped first (a KPI without observations in that sample). */
export const rankCorrelation = (
  x: ReadonlyArray<number>,
  y: ReadonlyArray<number | null>,
): number | null => {
  const keep = x.flatMap((xi, i) =>
    y[i] === null || y[i] === undefined ? [] : [[xi, y[i] as number] as const],
  );
  if (keep.length < 3) return null;
  return pearson(averageRanks(keep.map((p) => p[0])), averageRanks(keep.map((p) => p[1])));
};
