/**
 * Job search of a raskmeldt ledig as a hazard clock: each citizen draws one unit-exponential threshold at arrival
 * and finds a job when the accumulated hazard reaches it. The weekly rate switches when the CV becomes searchable
 * and when virksomhedsservice makes contact, so levers move the job date by timing alone (common random numbers hold).
 */
import { Priority } from "../engine/priority";
import type { Handler, Simulation } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { draw } from "./citizenDraws";
import type { ModelParams } from "./modelParams";

/** The weekly job-finding rate a citizen has now. */
export const currentJobRate = (c: Citizen, p: ModelParams): number => {
  const searchable = c.state.status === "raskmeldt" && c.cvDay !== undefined;
  if (!searchable) return 0;
  const contact = c.vsContactDay !== undefined ? p.ledig.vsContactJobFactor : 1;
  return p.ledig.jobRatePerWeekBeforeVs * contact * p.hazards.jobExitMultiplier;
};

/** Re-times the pending job event after the rate may have changed. */
export const retimeJob = (
  sim: Simulation,
  c: Citizen,
  p: ModelParams,
  onJob: Handler<Citizen>,
): void => {
  const now = sim.now;
  c.hazardUsed += (c.jobRate / 7) * (now - c.rateSince);
  c.rateSince = now;
  c.jobRate = currentJobRate(c, p);
  if (c.jobHandle >= 0) sim.cancel(c.jobHandle);
  c.jobHandle = -1;
  if (c.jobRate <= 0 || c.closed) return;
  const threshold = -Math.log(draw(c, "jobClock"));
  const days = Math.max(0, (threshold - c.hazardUsed) / (c.jobRate / 7));
  c.jobHandle = sim.at(Math.ceil(now + days), Priority.NORMAL, onJob, c);
};
