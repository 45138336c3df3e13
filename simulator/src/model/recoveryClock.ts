/**
 * Recovery as a hazard process that the case's events change (issue 16 item 3). Each citizen's baseline hazard is the
 * one of a lognormal recovery time for their diagnosegruppe (cumulative hazard H0(t) = -ln S0(t)); the current
 * multiplier is the product of the factors active now (delvis raskmelding, a recent opfølgningssamtale, fast-track,
 * jobafklaring, a virksomhedsrettet tilbud while sick). Recovery comes when the accumulated hazard ∫ m dH0 reaches the
 * citizen's unit-exponential threshold, drawn once at arrival: with every factor at 1 this is exactly the old lognormal
 * draw, and a lever that changes when an event happens moves the recovery day without touching anyone's numbers.
 */
import { normalCdf, normalQuantile } from "../stats/specialFunctions";
import type { ModelParams } from "./modelParams";

export type RecoveryFactors = ModelParams["hazards"]["recoveryFactors"];

export interface RecoveryClock {
  /** Lognormal baseline: median in days and sigma. */
  readonly medianDays: number;
  readonly sigma: number;
  /** Unit-exponential threshold of accumulated hazard (conditioned on survival for a backlog case). */
  readonly threshold: number;
  /** Hazard accumulated up to `since` (days since the first absence day), and the baseline hazard H0(since). */
  used: number;
  since: number;
  baseAtSince: number;
  /** Multiplier in force since `since`. */
  factor: number;
  /** Delvis raskmelding registered (it lasts until full raskmelding). */
  delvis: boolean;
  /** Day until which the last opfølgningssamtale's contact window raises the hazard. */
  contactUntil: number;
}

/** Baseline cumulative hazard after `t` days of sickness. */
export const baseHazard = (clock: RecoveryClock, t: number): number => {
  if (t <= 0) return 0;
  const z = Math.log(t / clock.medianDays) / Math.max(clock.sigma, 1e-9);
  // -ln S0(t) with S0(t) = Φ(-z); the tail is floored so the hazard stays finite far out.
  return -Math.log(Math.max(normalCdf(-z), 1e-300));
};

/** Days of sickness at which the baseline cumulative hazard reaches `h` (inverse of baseHazard). */
export const baseHazardInverse = (clock: RecoveryClock, h: number): number => {
  if (h <= 0) return 0;
  const s = Math.exp(-h);
  if (s <= 0) return Number.POSITIVE_INFINITY;
  return clock.medianDays * Math.exp(-clock.sigma * normalQuantile(s));
};

export const makeRecoveryClock = (
  medianWeeks: number,
  sigma: number,
  u: number,
  factor: number,
  /** A backlog case is known to be sick this many days in: its threshold is conditioned on that. */
  sickFor = 0,
): RecoveryClock => {
  const clock: RecoveryClock = {
    medianDays: medianWeeks * 7,
    sigma,
    threshold: -Math.log(u),
    used: 0,
    since: 0,
    baseAtSince: 0,
    factor,
    delvis: false,
    contactUntil: Number.NEGATIVE_INFINITY,
  };
  if (sickFor <= 0) return clock;
  return { ...clock, threshold: clock.threshold + baseHazard(clock, sickFor) * factor };
};

/** The multiplier in force on `day` from the case's situation then. */
export const recoveryFactor = (
  f: RecoveryFactors,
  global: number,
  clock: RecoveryClock,
  day: number,
  situation: {
    readonly fastTrack: boolean;
    readonly jobafklaring: boolean;
    readonly tilbud: boolean;
  },
): number =>
  global *
  (clock.delvis ? f.delvisRaskmelding : 1) *
  (day < clock.contactUntil ? f.opfoelgningssamtale : 1) *
  (situation.fastTrack ? f.fastTrack : 1) *
  (situation.jobafklaring ? f.jobafklaring : 1) *
  (situation.tilbud ? f.virksomhedsrettetTilbud : 1);

/**
 * Moves the clock to `t` days of sickness with a new multiplier and returns the day of sickness on which the threshold
 * is reached from there (fractional; the caller rounds up to a calendar day).
 */
export const retimeClock = (clock: RecoveryClock, t: number, factor: number): number => {
  const from = Math.max(t, clock.since);
  const baseFrom = from === clock.since ? clock.baseAtSince : baseHazard(clock, from);
  clock.used += clock.factor * (baseFrom - clock.baseAtSince);
  clock.since = from;
  clock.baseAtSince = baseFrom;
  clock.factor = factor;
  const remaining = clock.threshold - clock.used;
  if (remaining <= 0) return from;
  if (!(factor > 0)) return Number.POSITIVE_INFINITY;
  return baseHazardInverse(clock, baseFrom + remaining / factor);
};
