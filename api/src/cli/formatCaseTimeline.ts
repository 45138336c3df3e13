/** Human output of `history case`: one case's events in stream order and its deadlines with their status. */
import type { CaseTimeline, TimelineDeadline } from "../history";
import { NO_VALUE } from "./formatDanish";
import { renderTable } from "./renderTable";

const OUTCOMES: Readonly<Record<string, string>> = {
  job: "job",
  raskmeldt: "raskmeldt",
  other: "andet",
  open: "åben",
};
const STATUSES: Readonly<Record<TimelineDeadline["status"], string>> = {
  met: "overholdt",
  late: "for sent",
  open: "åben",
};

export const formatCaseTimeline = (t: CaseTimeline): string => {
  const outcome = t.outcome === null ? NO_VALUE : (OUTCOMES[t.outcome] ?? t.outcome);
  const events = renderTable(
    ["Hændelse", "Dato", "Ressource"],
    t.events.map(({ event }) => [
      event._tag,
      event.date,
      "resource" in event && typeof event.resource === "string" ? event.resource : "",
    ]),
  );
  const deadlines = renderTable(
    ["Frist", "Kilde", "Forfald", "Status", "Opfyldt", "Dage for sent"],
    t.deadlines.map((d) => [
      d.rule,
      d.source,
      d.due,
      STATUSES[d.status],
      d.metOn ?? NO_VALUE,
      String(d.daysLate),
    ]),
  );
  return [
    `Sag ${t.caseId}: ${t.events.length} hændelser, udfald ${outcome}`,
    "",
    events,
    "",
    deadlines,
    "",
  ].join("\n");
};
