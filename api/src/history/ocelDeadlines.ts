/** Rettidighed deadlines (domain.md §1.8) of stored cases as OCEL `deadline` objects, each related to
 *  its case and to the event that met it, from the domain's `summarizeCase` (issue 8, item 4). */
import { type CaseEvent, type DeadlineRule, fromEpochDay, summarizeCase } from "@sagsflow/domain";
import type { OcelDeadline } from "../interop";

/** Which event meets a deadline of each rule (the day lists in the domain's caseFacts). */
const MET_BY: Readonly<Record<DeadlineRule, CaseEvent["_tag"]>> = {
  foersteOpfoelgning: "OpfoelgningssamtaleHeld",
  kat1Opfoelgning: "OpfoelgningssamtaleHeld",
  fastTrack: "OpfoelgningssamtaleHeld",
  opfoelgningInterval: "OpfoelgningssamtaleHeld",
  opfoelgningAntal: "OpfoelgningssamtaleHeld",
  jobafklaringFoersteSamtale: "OpfoelgningssamtaleHeld",
  rehabiliteringsteamKat3: "RehabiliteringsteamMoedeHeld",
  jobafklaringRehabiliteringsteam: "RehabiliteringsteamMoedeHeld",
  revurdering: "RevurderingCompleted",
  cvEfterRaskmelding: "CvUpdated",
};

/**
 * Deadlines of one case as of `asOf` (epoch day); ids are `frist-<caseId>-<n>` in the domain's order.
 * @example ocelDeadlines("S-1", events, toEpochDay("2024-12-31"))
 */
export function ocelDeadlines(
  caseId: string,
  events: ReadonlyArray<CaseEvent>,
  asOf: number,
): ReadonlyArray<OcelDeadline> {
  const s = summarizeCase(events, { asOf });
  if (s === undefined) return [];
  return s.deadlines.map((d, i) => ({
    id: `frist-${caseId}-${i + 1}`,
    caseId,
    kind: d.rule,
    due: fromEpochDay(d.due),
    ...(d.metOn === undefined
      ? {}
      : { metBy: { tag: MET_BY[d.rule], date: fromEpochDay(d.metOn) } }),
  }));
}
