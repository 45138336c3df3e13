/** The x-domain of a difference chart: always contains 0 and every mean and CI end, padded by 10 %. */

export const differenceDomain = (
  items: ReadonlyArray<
    { readonly mean: number | null; readonly ci95: readonly [number, number] | null } | undefined
  >,
): readonly [number, number] => {
  let lo = 0;
  let hi = 0;
  for (const it of items) {
    for (const x of [it?.mean, ...(it?.ci95 ?? [])]) {
      if (typeof x !== "number" || !Number.isFinite(x)) continue;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
  }
  if (lo === hi) return [-1, 1];
  const pad = (hi - lo) * 0.1;
  return [lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0)];
};
