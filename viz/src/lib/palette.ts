/** Okabe-Ito colour-blind-safe palette: baseline first, then up to four variants and history. */

/** Okabe & Ito (2008), "Color Universal Design"; black is left out (reserved for text). */
export const okabeIto = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  grey: "#999999",
} as const;

/** Order chosen so neighbours differ in lightness too (yellow is last: weak on white projectors). */
const order = [
  okabeIto.blue,
  okabeIto.orange,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
  okabeIto.vermillion,
  okabeIto.skyBlue,
];

/** Colour of the i-th scenario (0 = baseline); wraps beyond the palette. */
export const scenarioColor = (i: number): string =>
  order[((i % order.length) + order.length) % order.length] as string;

/** History is always grey, so it never reads as a scenario. */
export const historyColor = okabeIto.grey;

/** Verdict colours: better = bluish green, worse = vermillion, otherwise grey. */
export const verdictColor = (v: string): string =>
  v === "better" ? okabeIto.bluishGreen : v === "worse" ? okabeIto.vermillion : okabeIto.grey;
