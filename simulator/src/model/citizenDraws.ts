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

/**
 * Uniforms added after the block was fixed (case outcomes, caseOutcomes.ts). They are a hash of the citizen's block and
 * the slot, not further draws from the stream, so every one of the 27 stream draws above keeps its value (and every
 * run's citizens the numbers they had) while each derived uniform is a fresh number for the case.
 */
export const DerivedDraw = {
  indstilling: 1,
  decisionTime: 2,
  departure: 3,
  departureKind: 4,
  jobLoss: 5,
} as const;
export type DerivedDrawName = keyof typeof DerivedDraw;

/** Murmur3's 32-bit finalizer: every input bit moves every output bit. */
const fmix32 = (x: number): number => {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

/** A uniform in (0, 1) for `name`, derived from the citizen's drawn block (see DerivedDraw). */
export const derivedDraw = (c: { readonly u: Float64Array }, name: DerivedDrawName): number => {
  let h = fmix32(Math.imul(DerivedDraw[name], 0x9e3779b9));
  for (let i = 0; i < c.u.length; i++) {
    const x = c.u[i] as number;
    h = fmix32(h ^ ((x * TWO_32) >>> 0));
    h = fmix32(h ^ (((x * TWO_53) % TWO_32) >>> 0));
  }
  return (h + 0.5) / TWO_32;
};

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
