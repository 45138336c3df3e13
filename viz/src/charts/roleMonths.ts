/**
 * Caseload per FTE and utilization per staff role and month, from case summaries and the events of held meetings.
 * Utilization is estimated: meetings held × minutes per meeting over present staff's meeting minutes that month.
 */
import { type CaseEvent, type CaseSummary, countWorkingDays, daysFromCivil, monthKeyOfEpochDay, toEpochDay } from "@sagsflow/domain";

export type Role = "sagsbehandler" | "jobkonsulent" | "virksomhedskonsulent" | "resultatteam";

export interface RoleStaff {
  readonly fte: number;
  readonly sicknessShare: number;
  readonly meetingMinutes: number;
  readonly meetingMinutesPerDay: number;
}

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
  /** Held meeting minutes over available meeting minutes; may exceed 1 never (desks serve within capacity). */
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
      return raskDay !== undefined && toEpochDay(e.date) >= raskDay ? "jobkonsulent" : "sagsbehandler";
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
  const spans: Array<{ role: Role; from: number; to: number }> = [{ role: "sagsbehandler", from: s.receivedDay, to: Math.min(end, s.raskmeldingDay ?? end) }];
  if (s.ledig && s.raskmeldingDay !== undefined) spans.push({ role: "jobkonsulent", from: s.raskmeldingDay, to: end });
  if (handoff !== undefined) spans.push({ role: "virksomhedskonsulent", from: toEpochDay(handoff.date), to: end });
  return spans;
};

const monthBounds = (from: number, to: number): Array<{ key: string; first: number; last: number }> => {
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

export const roleMonths = (cases: ReadonlyArray<Case>, staff: StaffShape, from: number, to: number): ReadonlyArray<RoleMonth> => {
  const team = staff.organisation === "resultatteam";
  const roles: ReadonlyArray<Exclude<Role, "resultatteam">> = ["sagsbehandler", "jobkonsulent", "virksomhedskonsulent"];
  const pooledFte = roles.reduce((a, r) => a + staff[r].fte, 0);
  const months = monthBounds(from, to);
  const out: RoleMonth[] = [];
  for (const role of team ? (["resultatteam"] as const) : roles) {
    const members = role === "resultatteam" ? roles : [role];
    const fte = role === "resultatteam" ? pooledFte : staff[role].fte;
    for (const mo of months) {
      let caseDays = 0;
      let heldMinutes = 0;
      let availableMinutes = 0;
      for (const c of cases) {
        for (const span of spansOf(c)) {
          if (!members.includes(span.role as never)) continue;
          caseDays += Math.max(0, Math.min(span.to, mo.last + 1) - Math.max(span.from, mo.first));
        }
        for (const e of c.input.events) {
          const r = roleOfEvent(e, c.summary.raskmeldingDay);
          const day = toEpochDay(e.date);
          if (r !== undefined && members.includes(r as never) && day >= mo.first && day <= mo.last) heldMinutes += staff[r as (typeof roles)[number]].meetingMinutes;
        }
      }
      const workDays = countWorkingDays(mo.first, mo.last + 1);
      // A sliver of a month (the window's last days, often holidays) would plot as a false drop to zero.
      if (workDays < MIN_WORKING_DAYS) continue;
      for (const r of members) availableMinutes += staff[r].fte * (1 - staff[r].sicknessShare) * staff[r].meetingMinutesPerDay * workDays;
      const days = mo.last - mo.first + 1;
      out.push({
        role,
        month: mo.key,
        caseloadPerFte: fte > 0 ? caseDays / days / fte : 0,
        utilization: availableMinutes > 0 ? heldMinutes / availableMinutes : 0,
      });
    }
  }
  return out;
};
