/** Wilson score interval for a monthly share (rettidighed): stays inside [0, 1] even for small months. */

const Z95 = 1.959963984540054;

/** 95 % interval for `met` of `total`; null when nothing was due. Wilson (1927), as in Agresti & Coull (1998). */
export const shareInterval = (met: number, total: number): readonly [number, number] | null => {
  if (total <= 0) return null;
  const p = met / total;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half =
    (Z95 * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
};
