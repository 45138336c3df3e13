/**
 * Where the case's events meet its recovery clock (recoveryClock.ts): each event that changes the recovery hazard
 * re-times the raskmelding. A praktik during sickness also holds the raskmelding until it ends (seed 000).
 */
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { isSick, type ModelContext, today } from "./modelContext";
import { recoveryFactor, retimeClock } from "./recoveryClock";

export const makeRecoveryEvents = (ctx: ModelContext, rask: Handler<Citizen>) => {
  const { sim, params } = ctx;
  const factors = params.hazards.recoveryFactors;
  const contactDays = factors.contactWindowWeeks * 7;
  const contactActs = factors.opfoelgningssamtale !== 1 && contactDays > 0;

  const moveRask = (c: Citizen, day: number): void => {
    if (day === c.raskDay) return;
    const clock = c.recovery;
    // A contact window whose end was skipped (the case was to recover first) must still end if recovery moved past it.
    if (clock !== undefined && day > clock.contactUntil && c.raskDay <= clock.contactUntil)
      if (sim.now < clock.contactUntil) sim.at(clock.contactUntil, Priority.LOW, retime, c);
    c.raskDay = day;
    if (c.raskHandle >= 0) sim.cancel(c.raskHandle);
    c.raskHandle = sim.at(day, Priority.NORMAL, rask, c);
  };

  /** Recomputes the recovery day from the case's situation now. */
  function retime(c: Citizen): void {
    if (c.closed || !isSick(c)) return;
    const day = today(ctx);
    const clock = c.recovery;
    if (clock === undefined) {
      // A given case keeps its recorded recovery day; only a praktik can hold it.
      if (c.raskHeldUntil > c.raskDay) moveRask(c, c.raskHeldUntil);
      return;
    }
    const factor = recoveryFactor(factors, params.hazards.recoveryMultiplier, clock, day, {
      fastTrack: c.state.fastTrackDay !== undefined,
      jobafklaring: c.state.status === "jobafklaring",
      tilbud: c.state.praktikActive,
    });
    if (factor === clock.factor) {
      if (c.raskHeldUntil > c.raskDay) moveRask(c, c.raskHeldUntil);
      return;
    }
    const t = retimeClock(clock, day - c.firstAbsenceDay, factor);
    moveRask(
      c,
      Math.max(
        c.firstAbsenceDay + Math.ceil(t),
        Math.ceil(sim.now),
        c.receivedDay + 1,
        c.raskHeldUntil,
      ),
    );
  }

  /** An opfølgningssamtale opens a contact window in which the hazard is raised (domain.md §5). */
  const samtaleHeld = (c: Citizen, day: number): void => {
    const clock = c.recovery;
    if (clock === undefined || !contactActs) return;
    clock.contactUntil = day + contactDays;
    retime(c);
    // The window's end changes the hazard only if the case is still sick then.
    if (c.raskDay > clock.contactUntil) sim.at(clock.contactUntil, Priority.LOW, retime, c);
  };

  const delvisRegistered = (c: Citizen): void => {
    if (c.recovery === undefined) return;
    c.recovery.delvis = true;
    retime(c);
  };

  return { retime, samtaleHeld, delvisRegistered };
};
