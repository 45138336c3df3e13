/**
 * An external review of the hardest backlog cases (seed 003: BDO took "100 af de sværeste sager" in spring 2017). The
 * reviewer works through the cases, most overdue first, at its own pace from the start of the measurement; each
 * review ends with a trepartssamtale that sets the case's way forward: a share of the cases end (another ydelse), the
 * rest are re-planned from that day. The reviewer's time is its own, so the caseworkers' slots go to the other cases
 * and every closed case takes its administration off a caseload.
 */
import { isWorkingDay } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Rng } from "../random/rng";
import type { Citizen } from "./citizen";
import { type ModelContext, today } from "./modelContext";

export const startExternalReview = (
  ctx: ModelContext,
  rng: Rng,
  cases: ReadonlyArray<Citizen>,
  review: (c: Citizen, close: boolean) => void,
): void => {
  const { reviewPerWeek, reviewCloseShare } = ctx.params.backlog;
  if (!(reviewPerWeek > 0)) return;
  let next = 0;
  let quota = 0;
  const reviewDay: Handler<undefined> = () => {
    if (isWorkingDay(today(ctx))) {
      quota += reviewPerWeek / 5;
      while (quota >= 1 && next < cases.length) {
        const c = cases[next++] as Citizen;
        // One draw per listed case, reviewed or not, so a share change moves no other case's draw.
        const close = rng.float() < reviewCloseShare;
        if (c.closed) continue;
        review(c, close);
        quota--;
      }
    }
    if (next < cases.length) ctx.sim.schedule(1, Priority.LOW, reviewDay);
  };
  ctx.sim.at(ctx.measureFrom, Priority.LOW, reviewDay);
};
