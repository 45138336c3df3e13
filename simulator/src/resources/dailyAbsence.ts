/**
 * Staff absence as a sickness share: at the start of each day every member is absent that day
 * with probability `share`, drawn from its own named stream so variants share absence days (CRN).
 */
import { Priority } from "../engine/priority";
import type { Simulation } from "../engine/simulation";
import type { Rng } from "../random/rng";
import type { ResourcePool } from "./resourcePool";

export interface DailyAbsenceOptions {
  /** Probability a member is absent on a given day, 0 <= share < 1 (e.g. 0.05 for 5% sickness absence). */
  readonly share: number;
  readonly rng: Rng;
  /** First day boundary (an integer day); default ceil(now). */
  readonly firstDay?: number;
}

/**
 * Re-draws absence at every day boundary at URGENT priority, so capacity is settled before
 * that day's events. Each member draws exactly one uniform per day whatever the outcome.
 */
export function dailyAbsence(
  sim: Simulation,
  pool: ResourcePool,
  options: DailyAbsenceOptions,
): void {
  const { share, rng } = options;
  const redraw = (): void => {
    for (let m = 0; m < pool.members; m++) pool.setAbsent(m, rng.float() < share);
    sim.schedule(1, Priority.URGENT, redraw);
  };
  sim.at(options.firstDay ?? Math.ceil(sim.now), Priority.URGENT, redraw);
}
