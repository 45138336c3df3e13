/**
 * Every random quantity of one citizen, drawn once at arrival from the citizens' stream. Drawing a fixed block per
 * case (instead of drawing when an event happens) keeps common random numbers aligned across variants: a lever that
 * moves one event in time cannot shift the numbers any other case receives.
 */
import type { Rng } from "../random/rng";

export const Draw = {
  employment: 0,
  diagnosis: 1,
  age: 2,
  sector: 3,
  recovery: 4,
  expectation: 5,
  kategori3: 6,
  dismissal: 7,
  dismissalTime: 8,
  akasse: 9,
  fastTrack: 10,
  delvis: 11,
  delvisTime: 12,
  notification: 13,
  extension: 14,
  praktik: 15,
  praktikLength: 16,
  cv: 17,
  jobmaal: 18,
  jobClock: 19,
  tilbud: 20,
  tilbudDelay: 21,
  departments: 22,
  booking: 23,
  handoff: 24,
  backlog: 25,
  caseworker: 26,
} as const;

export const DRAWS_PER_CITIZEN = 27;

export type DrawName = keyof typeof Draw;

/** The citizen's uniform for one named quantity: the typed way to read the block (no index arithmetic at call sites). */
export const draw = (c: { readonly u: Float64Array }, name: DrawName): number =>
  c.u[Draw[name]] as number;

/** The same from the block itself, while the citizen is being made. */
export const drawFrom = (u: Float64Array, name: DrawName): number => u[Draw[name]] as number;

export const drawCitizen = (rng: Rng): Float64Array => {
  const u = new Float64Array(DRAWS_PER_CITIZEN);
  for (let i = 0; i < DRAWS_PER_CITIZEN; i++) u[i] = rng.floatOpen();
  return u;
};

/** Picks a key by cumulative shares with one uniform draw (keys in the scenario's order). */
export const pick = <K extends string>(shares: Readonly<Record<K, number>>, u: number): K => {
  let acc = 0;
  let last: K | undefined;
  for (const key in shares) {
    acc += shares[key];
    last = key;
    if (u < acc) return key;
  }
  return last as K;
};

/** Uniform integer in [min, max] from one draw. */
export const intBetween = (
  range: { readonly min: number; readonly max: number },
  u: number,
): number => Math.floor(range.min + u * (range.max - range.min + 1));
