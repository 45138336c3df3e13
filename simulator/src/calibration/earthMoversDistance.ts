/** Earth mover's (Wasserstein-1) distance between two samples on the line: the area between their empirical CDFs. */

/**
 * @example earthMoversDistance([0, 1], [1, 2]) // 1
 * Returns undefined when either sample is empty.
 */
export const earthMoversDistance = (
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
): number | undefined => {
  if (a.length === 0 || b.length === 0) return undefined;
  const xs = [...a].sort((x, y) => x - y);
  const ys = [...b].sort((x, y) => x - y);
  const points = [...new Set([...xs, ...ys])].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let area = 0;
  for (let k = 0; k < points.length - 1; k++) {
    const t = points[k] as number;
    while (i < xs.length && (xs[i] as number) <= t) i++;
    while (j < ys.length && (ys[j] as number) <= t) j++;
    area += Math.abs(i / xs.length - j / ys.length) * ((points[k + 1] as number) - t);
  }
  return area;
};
