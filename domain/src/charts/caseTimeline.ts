/** Sample case timelines for the Sagsforløb swimlanes: phases as bars, events as marks (epoch days). */
import type { CaseEvent } from "../events/caseEvents";
import type { CaseSummary } from "../projections/summarizeCase";
import type { PhaseName } from "../projections/ydelsePeriods";
import { toEpochDay } from "../time/epochDay";
import { casePath } from "./casePath";

export interface CaseTimeline {
  readonly caseId: string;
  readonly path: string;
  readonly phases: ReadonlyArray<{
    readonly phase: PhaseName;
    readonly from: number;
    readonly to: number;
  }>;
  readonly marks: ReadonlyArray<{ readonly day: number; readonly tag: CaseEvent["_tag"] }>;
}

const timelineOf = (s: CaseSummary, events: ReadonlyArray<CaseEvent>): CaseTimeline => ({
  caseId: s.caseId,
  path: casePath(events).join(" → "),
  // A running phase is drawn up to the summary's as-of day.
  phases: s.phases.map((p) => ({ phase: p.phase, from: p.from, to: p.to ?? s.asOf + 1 })),
  marks: events.map((e) => ({ day: toEpochDay(e.date), tag: e._tag })),
});

/** Up to `count` cases, the first of each distinct path first, so the lanes show the variety of routes. */
export const sampleTimelines = (
  cases: ReadonlyArray<{ summary: CaseSummary; input: { events: ReadonlyArray<CaseEvent> } }>,
  count: number,
): ReadonlyArray<CaseTimeline> => {
  const seen = new Set<string>();
  const firsts: CaseTimeline[] = [];
  const rest: CaseTimeline[] = [];
  for (const c of cases) {
    if (firsts.length >= count) break;
    const t = timelineOf(c.summary, c.input.events);
    if (seen.has(t.path)) {
      if (rest.length < count) rest.push(t);
    } else {
      seen.add(t.path);
      firsts.push(t);
    }
  }
  return [...firsts, ...rest].slice(0, count);
};
