/**
 * How a case ended, in the groups a Danish reader uses (domain.md §3.3): job, raskmelding i arbejde, fleksjob,
 * førtidspension, ressourceforløb, uddannelse, another ydelse (a-dagpenge, kontanthjælp) and "andet" (death,
 * relocation, other). One home for history and simulation (docs/decisions/0180): the KPI catalog and the reference
 * table both read these functions.
 */
import type { Lukkeaarsag } from "../events/vocabulary";
import { ended, type Horizon, type KpiValue, meanOf } from "./kpis";
import type { CaseSummary } from "./summarizeCase";

export const endingGroups = [
  "job",
  "raskmeldt",
  "fleksjob",
  "foertidspension",
  "ressourceforloeb",
  "uddannelse",
  "andenYdelse",
  "andet",
] as const;
export type EndingGroup = (typeof endingGroups)[number];

const groupOfReason: Readonly<Record<Lukkeaarsag, EndingGroup>> = {
  job: "job",
  raskmeldt: "raskmeldt",
  fleksjob: "fleksjob",
  foertidspension: "foertidspension",
  ressourceforloeb: "ressourceforloeb",
  uddannelse: "uddannelse",
  "anden-ydelse": "andenYdelse",
  fraflyttet: "andet",
  doedsfald: "andet",
  oevrigt: "andet",
};

/** The ending group of a case, or undefined while it is open. A job start counts as job whatever the close says. */
export const endingGroup = (c: CaseSummary): EndingGroup | undefined => {
  if (c.outcome === "job") return "job";
  if (c.endDay === undefined) return undefined;
  return c.closeReason === undefined ? "andet" : groupOfReason[c.closeReason];
};

/** Share of the cases ended in the horizon that ended in `group` (n = cases ended). */
export const shareEndingAs = (
  s: ReadonlyArray<CaseSummary>,
  group: EndingGroup,
  h?: Horizon,
): KpiValue => meanOf(ended(s, h).map((c) => (endingGroup(c) === group ? 1 : 0)));

/** Three months, as in bm.dk's status after jobafklaring (domain.md §3.3). */
export const WEEKS_AFTER = 13;

/** The day the jobcentre's sickness part of the case ended: raskmelding, job start or close, whichever first. */
const sicknessEnd = (c: CaseSummary): number | undefined => {
  let end: number | undefined;
  for (const d of [c.raskmeldingDay, c.jobDay, c.closedDay])
    if (d !== undefined && (end === undefined || d < end)) end = d;
  return end;
};

/**
 * Where the citizen stands 13 weeks after the sickness part ended (bm.dk's "status 3 måneder efter", domain.md §3.3):
 * in work ("job": a job started by then, or "raskmeldt": closed raskmeldt, back in the job they had), the group the case
 * was closed in by then, or "andenYdelse" for a ledig still without a job (a-dagpenge or kontanthjælp). Undefined while
 * the sickness part is open or the 13 weeks reach past `asOf`.
 */
export const statusAfter13Weeks = (c: CaseSummary): EndingGroup | undefined => {
  const end = sicknessEnd(c);
  if (end === undefined) return undefined;
  const at = end + WEEKS_AFTER * 7;
  if (at > c.asOf) return undefined;
  if (c.jobDay !== undefined && c.jobDay <= at) return "job";
  if (c.closedDay !== undefined && c.closedDay <= at) {
    const group = endingGroup(c);
    if (group !== undefined && group !== "job") return group;
  }
  return c.ledig ? "andenYdelse" : "andet";
};

/**
 * Share of the cases with a status 13 weeks after their sickness part ended (in the horizon, when given) whose status
 * is one of `statuses`; `afterJobafklaring` keeps only spells that reached jobafklaring (the bm.dk 2017 figures).
 */
export const shareWithStatusAfter13Weeks = (
  s: ReadonlyArray<CaseSummary>,
  statuses: ReadonlyArray<EndingGroup>,
  h?: Horizon,
  afterJobafklaring = false,
): KpiValue => {
  const hits: number[] = [];
  for (const c of s) {
    if (afterJobafklaring && c.jobafklaringDay === undefined) continue;
    const end = sicknessEnd(c);
    if (end === undefined || (h !== undefined && (end < h.from || end > h.to))) continue;
    const status = statusAfter13Weeks(c);
    if (status !== undefined) hits.push(statuses.includes(status) ? 1 : 0);
  }
  return meanOf(hits);
};

/** Share in work 13 weeks after the sickness part ended: a job by then, or raskmeldt back to the job they had. */
export const shareInJobAfter13Weeks = (
  s: ReadonlyArray<CaseSummary>,
  h?: Horizon,
  afterJobafklaring = false,
): KpiValue => shareWithStatusAfter13Weeks(s, ["job", "raskmeldt"], h, afterJobafklaring);
