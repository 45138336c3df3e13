/** Shared by the Chromium timing benches: the median of measured times and the BENCH line for a lower-is-better time. */

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Lower is better: ratio = target / value. */
export const benchTime = (name: string, value: number, unit: string, target: number): void => {
  console.log(
    `BENCH ${name} ${value.toFixed(1)} ${unit} target ${target} ratio ${(target / value).toFixed(2)}`,
  );
};
