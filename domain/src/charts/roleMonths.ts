/**
 * Caseload per FTE and utilization per staff role and month, from case summaries and the events of held meetings.
 * Utilization is estimated: meetings held × (meeting + journal minutes) over present staff's meeting minutes that month.
 */
import { countWorkingDays } from "../calendar/workingDays";
import type { CaseEvent } from "../events/caseEvents";
import type { CaseSummary } from "../projections/summarizeCase";
import { monthKeyOfEpochDay } from "../time/calendarMath";
import { daysFromCivil, toEpochDay } from "../time/epochDay";

export type Role = "sagsbehandler" | "jobkonsulent" | "virksomhedskonsulent" | "resultatteam";

/** The part of a staff role's time the chart needs (simulator resources/caseworkerDesk.ts spends a day the same way). */
export interface RoleStaff {
  readonly fte: number;
  readonly sicknessShare: number;
  readonly workMinutesPerDay: number;
  readonly meetingMinutes: number;
  readonly journalMinutesPerMeeting: number;
  readonly adminMaxShare: number;
  readonly otherMinutesPerDay: number;
}

/** Meeting minutes per present FTE on a busy day: fixed work and administration at its cap come first. */
const busyDayMeetingMinutes = (r: RoleStaff): number => {
  const fixed = Math.min(r.otherMinutesPerDay, r.workMinutesPerDay);
  return (
    r.workMinutesPerDay -
    fixed -
    Math.min(r.adminMaxShare * r.workMinutesPerDay, r.workMinutesPerDay - fixed)
  );
};

export interface StaffShape {
  readonly organisation: "sekventiel" | "resultatteam";
  readonly sagsbehandler: RoleStaff;
  readonly jobkonsulent: RoleStaff;
  readonly virksomhedskonsulent: RoleStaff;
}

export interface RoleMonth {
  readonly role: Role;
  readonly month: string;
  /** Average active cases in the role's phase per FTE. */
  readonly caseloadPerFte: number;
  /** Held meeting minutes over available meeting minutes (desks serve within capacity, so at most about 1). */
  readonly utilization: number;
}

const MIN_WORKING_DAYS = 5;

type Case = { summary: CaseSummary; input: { events: ReadonlyArray<CaseEvent> } };

/** Which role held the meeting an event records (sequential organisation; see simulator/src/model/*Phase.ts). */
const roleOfEvent = (e: CaseEvent, raskDay: number | undefined): Role | undefined => {
  switch (e._tag) {
    case "OpfoelgningssamtaleHeld":
    case "RevurderingCompleted":
    case "SamarbejdsmoedeHeld":
    case "SagsgennemgangCompleted":
      return "sagsbehandler";
    case "JobmaalAgreed":
      return raskDay !== undefined && toEpochDay(e.date) >= raskDay
        ? "jobkonsulent"
        : "sagsbehandler";
    case "VirksomhedsserviceContactMade":
      return "virksomhedskonsulent";
    default:
      return undefined;
  }
};

/** The days a case sits with each role: sick phase with the sagsbehandler, ledig with the jobkonsulent, after handoff with VS. */
const spansOf = (c: Case): ReadonlyArray<{ role: Role; from: number; to: number }> => {
  const s = c.summary;
  const end = s.endDay ?? s.asOf + 1;
  const handoff = c.input.events.find((e) => e._tag === "VirksomhedsserviceHandoffRequested");
  const spans: Array<{ role: Role; from: number; to: number }> = [
    { role: "sagsbehandler", from: s.receivedDay, to: Math.min(end, s.raskmeldingDay ?? end) },
  ];
  if (s.ledig && s.raskmeldingDay !== undefined)
    spans.push({ role: "jobkonsulent", from: s.raskmeldingDay, to: end });
  if (handoff !== undefined)
    spans.push({ role: "virksomhedskonsulent", from: toEpochDay(handoff.date), to: end });
  return spans;
};

const monthBounds = (
  from: number,
  to: number,
): Array<{ key: string; first: number; last: number }> => {
  const out: Array<{ key: string; first: number; last: number }> = [];
  let d = from;
  while (d <= to) {
    const key = monthKeyOfEpochDay(d);
    const [y, m] = key.split("-").map(Number) as [number, number];
    const next = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
    out.push({ key, first: d, last: Math.min(to, next - 1) });
    d = next;
  }
  return out;
};

type Month = { key: string; first: number; last: number };
type Member = Exclude<Role, "resultatteam">;

/** Case-days in the members' phases and minutes of meetings they held in one month. */
const tally = (
  cases: ReadonlyArray<Case>,
  members: ReadonlyArray<Member>,
  staff: StaffShape,
  mo: Month,
) => {
  let caseDays = 0;
  let heldMinutes = 0;
  for (const c of cases) {
    for (const span of spansOf(c)) {
      if (members.includes(span.role as Member))
        caseDays += Math.max(0, Math.min(span.to, mo.last + 1) - Math.max(span.from, mo.first));
    }
    for (const e of c.input.events) {
      const r = roleOfEvent(e, c.summary.raskmeldingDay) as Member | undefined;
      if (r === undefined || !members.includes(r)) continue;
      const day = toEpochDay(e.date);
      if (day >= mo.first && day <= mo.last)
        heldMinutes += staff[r].meetingMinutes + staff[r].journalMinutesPerMeeting;
    }
  }
  return { caseDays, heldMinutes };
};

export const roleMonths = (
  cases: ReadonlyArray<Case>,
  staff: StaffShape,
  from: number,
  to: number,
): ReadonlyArray<RoleMonth> => {
  const roles: ReadonlyArray<Member> = ["sagsbehandler", "jobkonsulent", "virksomhedskonsulent"];
  const groups: ReadonlyArray<[Role, ReadonlyArray<Member>]> =
    staff.organisation === "resultatteam" ? [["resultatteam", roles]] : roles.map((r) => [r, [r]]);
  const out: RoleMonth[] = [];
  for (const [role, members] of groups) {
    const fte = members.reduce((a, r) => a + staff[r].fte, 0);
    for (const mo of monthBounds(from, to)) {
      const workDays = countWorkingDays(mo.first, mo.last + 1);
      // A sliver of a month (the window's last days, often holidays) would plot as a false drop to zero.
      if (workDays < MIN_WORKING_DAYS) continue;
      const { caseDays, heldMinutes } = tally(cases, members, staff, mo);
      const available = members.reduce(
        (a, r) =>
          a +
          staff[r].fte *
            (1 - staff[r].sicknessShare) *
            // Meeting time on a busy day (administration at its cap), as the desk gives it (caseworkerDesk.ts).
            busyDayMeetingMinutes(staff[r]) *
            workDays,
        0,
      );
      out.push({
        role,
        month: mo.key,
        caseloadPerFte: fte > 0 ? caseDays / (mo.last - mo.first + 1) / fte : 0,
        utilization: available > 0 ? heldMinutes / available : 0,
      });
    }
  }
  return out;
};
