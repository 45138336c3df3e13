/**
 * Staff sickness as spells rather than independent days: each working day a present member falls ill with a
 * probability and an ill member recovers with probability 1 / mean spell length, so the long-run absent share is
 * `share` and a sick caseworker's queue waits for days, as in a real office. One uniform per member per day (CRN).
 */
import type { Rng } from "../random/rng";

export interface SicknessSpellTime {
  /** Long-run share of working days absent, 0 <= share < 1. */
  readonly sicknessShare: number;
  /** Mean length of a sickness spell in working days (>= 1). */
  readonly sicknessSpellDays: number;
}

/** Next day's absence of one member given today's. */
export const nextAbsent = (absent: boolean, time: SicknessSpellTime, rng: Rng): boolean => {
  const u = rng.float();
  const share = Math.min(Math.max(time.sicknessShare, 0), 0.95);
  if (share === 0) return false;
  const spell = Math.max(time.sicknessSpellDays, 1);
  const recover = 1 / spell;
  // Stationary share = start / (start + recover) gives start = recover · share / (1 − share).
  const start = Math.min((recover * share) / (1 - share), 1);
  return absent ? u >= recover : u < start;
};
