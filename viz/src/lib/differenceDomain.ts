/**
 * The x-domain of a difference chart: symmetric around 0 (a fall and a rise of the same size look the same), holding
 * every mean and CI end, padded by 10 %; the caller's .nice() then gives round end ticks.
 */

export const differenceDomain = (
  items: ReadonlyArray<
    { readonly mean: number | null; readonly ci95: readonly [number, number] | null } | undefined
  >,
): readonly [number, number] => {
  let m = 0;
  for (const it of items) {
    for (const x of [it?.mean, ...(it?.ci95 ?? [])]) {
      if (typeof x !== "number" || !Number.isFinite(x)) continue;
      m = Math.max(m, Math.abs(x));
    }
  }
  if (m === 0) return [-1, 1];
  return [-m * 1.1, m * 1.1];
};
