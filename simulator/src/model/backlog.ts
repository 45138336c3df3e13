/**
 * A backlog at the start of the measurement: open cases registered then, a share of them with their first samtale
 * already overdue, and an external review of the most overdue ones (seed 003, Skanderborg). Backlog cases draw from
 * their own random stream, so adding a backlog leaves every arriving citizen's numbers unchanged.
 */
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { RandomStreams } from "../random/randomStreams";
import type { Citizen } from "./citizen";
import { makeCitizen } from "./makeCitizen";
import type { ModelContext } from "./modelContext";
import { startExternalReview } from "./externalReview";

/** First absence days of overdue cases lie 8-26 weeks back, the others within the last 8 weeks. */
const OVERDUE_FROM_DAYS = 56;
const BACKLOG_SPAN_DAYS = 182;

export const addBacklog = (
  ctx: ModelContext,
  streams: RandomStreams,
  citizens: Citizen[],
  receive: Handler<Citizen>,
  review: (c: Citizen, close: boolean) => void,
): void => {
  const { openCases, overdueShare, reviewCases } = ctx.params.backlog;
  const rng = streams.stream("backlog");
  const start = ctx.measureFrom;
  const backlog: Citizen[] = [];
  for (let i = 0; i < Math.round(openCases); i++) {
    const overdue = rng.float() < overdueShare;
    const back = overdue
      ? OVERDUE_FROM_DAYS + Math.floor(rng.float() * (BACKLOG_SPAN_DAYS - OVERDUE_FROM_DAYS))
      : 1 + Math.floor(rng.float() * (OVERDUE_FROM_DAYS - 1));
    const c = makeCitizen(ctx.params, ctx, citizens.length, start - back, rng, start);
    citizens.push(c);
    backlog.push(c);
    ctx.sim.at(start, Priority.NORMAL, receive, c);
  }
  // The most overdue first: the oldest first absence days.
  const reviewed = [...backlog].sort(
    (a, b) => a.firstAbsenceDay - b.firstAbsenceDay || a.index - b.index,
  );
  if (reviewCases > 0)
    startExternalReview(
      ctx,
      streams.stream("external-review"),
      reviewed.slice(0, Math.round(reviewCases)),
      review,
    );
};
