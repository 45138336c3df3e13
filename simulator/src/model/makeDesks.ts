/**
 * The staff desks of one run from the parameters: one per role, or one pooled resultatteam (seed 001). A role with a
 * scheduled parameter gets its working time by day (paramsOnDay.ts), its desk built at the largest head count.
 */
import type { RandomStreams } from "../random/randomStreams";
import { CaseworkerDesk, type CaseworkerTime } from "../resources/caseworkerDesk";
import type { Desks, Task } from "./modelContext";
import type { ModelParams } from "./modelParams";
import { type ParamsOnDay, staffTimeOn } from "./paramsOnDay";

/** A resultatteam pools every role's staff: each member follows the citizen through all steps (seed 001). */
const pooled = (roles: ReadonlyArray<CaseworkerTime>): CaseworkerTime => {
  const fte = roles.reduce((a, r) => a + r.fte, 0);
  const avg = (f: (r: CaseworkerTime) => number) =>
    roles.reduce((a, r) => a + r.fte * f(r), 0) / Math.max(fte, 1e-9);
  return {
    fte,
    sicknessShare: avg((r) => r.sicknessShare),
    sicknessSpellDays: avg((r) => r.sicknessSpellDays),
    workMinutesPerDay: avg((r) => r.workMinutesPerDay),
    meetingMinutes: avg((r) => r.meetingMinutes),
    journalMinutesPerMeeting: avg((r) => r.journalMinutesPerMeeting),
    // The team holds the sick-phase caseload; its administration is spread over every member.
    adminMinutesPerCaseWeek: roles[0]?.adminMinutesPerCaseWeek ?? 0,
    adminMaxShare: avg((r) => r.adminMaxShare),
    otherMinutesPerDay: avg((r) => r.otherMinutesPerDay),
  };
};

type Role = "sagsbehandler" | "jobkonsulent" | "virksomhedskonsulent";
const ROLES: ReadonlyArray<Role> = ["sagsbehandler", "jobkonsulent", "virksomhedskonsulent"];

export const makeDesks = (
  p: ModelParams,
  on: ParamsOnDay,
  streams: RandomStreams,
  serve: (t: Task, day: number) => boolean,
): Desks => {
  const { schedulingPolicy } = p.staff;
  // A scheduled head count builds the desk at its largest and scales working time down by day.
  const staffed = (role: Role): CaseworkerTime => ({
    ...p.staff[role],
    fte: on.maxOf(`staff.${role}.fte`) + on.maxOf(`staff.${role}.externalFte`),
  });
  const timeOn = (role: Role) => staffTimeOn(on, role) ?? ((_day: number) => staffed(role));
  const desk = (
    staff: CaseworkerTime,
    name: string,
    time: ((day: number) => CaseworkerTime) | undefined,
  ) =>
    new CaseworkerDesk<Task>(
      staff,
      schedulingPolicy,
      streams.stream(`absence-${name}`),
      serve,
      time,
    );
  if (p.levers.organisation === "resultatteam") {
    const anyScheduled = ROLES.some((r) => staffTimeOn(on, r) !== undefined);
    const team = desk(
      pooled(ROLES.map(staffed)),
      "resultatteam",
      anyScheduled ? (day) => pooled(ROLES.map((r) => timeOn(r)(day))) : undefined,
    );
    return { sagsbehandler: team, jobkonsulent: team, virksomhedskonsulent: team };
  }
  const own = (role: Role) => desk(staffed(role), role, staffTimeOn(on, role));
  return {
    sagsbehandler: own("sagsbehandler"),
    jobkonsulent: own("jobkonsulent"),
    virksomhedskonsulent: own("virksomhedskonsulent"),
  };
};
