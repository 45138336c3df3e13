/**
 * Sagsbehandler capacity implied by meeting counts: in a busy week the desk holds as many meetings as it can, so
 * the 95th percentile of meetings per working day bounds the capacity from below. When deadlines are mostly met
 * (rettidighed >= 0.9) the desk was not the bottleneck and capacity is not identified beyond that bound: the base
 * FTE stays unless it is below the bound. Minutes per meeting and per day stay at their base values.
 */
import { meetingMinutesPerFteDay } from "../resources/caseworkerDesk";
import { isWorkingDay } from "@sagsflow/domain";
import type { ModelParams } from "../model/modelParams";
import type { CaseRecord } from "./caseRecord";
import type { FittedValue } from "./fittedValue";
import { sampleQuantile } from "./sampleQuantile";

const SATURATED_BELOW = 0.9;
const MIN_WEEKS = 8;

export interface StaffFit {
  readonly meetingsPerWorkingDayP95: number;
  readonly impliedFte: number;
  readonly saturated: boolean;
}

export const fitStaff = (
  rs: ReadonlyArray<CaseRecord>,
  base: ModelParams,
  rettidighed: number | undefined,
): { readonly fitted: FittedValue[]; readonly report: StaffFit | undefined } => {
  const days = rs.flatMap((r) => r.caseworkerMeetingDays);
  if (days.length === 0) return { fitted: [], report: undefined };
  const first = Math.min(...days);
  const last = Math.max(...days);
  const perDay: number[] = [];
  // Whole weeks from the first to the last meeting; the first and last are partial and left out.
  const weekOf = (d: number) => Math.floor((d - first) / 7);
  const counts = new Array<number>(weekOf(last) + 1).fill(0);
  for (const d of days) counts[weekOf(d)] = (counts[weekOf(d)] ?? 0) + 1;
  for (let w = 1; w < counts.length - 1; w++) {
    let working = 0;
    for (let d = first + w * 7; d < first + w * 7 + 7; d++) if (isWorkingDay(d)) working++;
    if (working > 0) perDay.push((counts[w] as number) / working);
  }
  if (perDay.length < MIN_WEEKS) return { fitted: [], report: undefined };
  const p95 = sampleQuantile(perDay, 0.95) as number;
  const role = base.staff.sagsbehandler;
  // A p95 day is a busy one: administration is at its cap, so the day's meeting minutes are at their least.
  const impliedFte =
    (p95 * (role.meetingMinutes + role.journalMinutesPerMeeting)) /
    (meetingMinutesPerFteDay(role, Number.POSITIVE_INFINITY) * (1 - role.sicknessShare));
  const saturated = rettidighed !== undefined && rettidighed < SATURATED_BELOW;
  const fte = Math.round((saturated ? impliedFte : Math.max(impliedFte, role.fte)) * 10) / 10;
  return {
    fitted: [{ path: ["staff", "sagsbehandler", "fte"], value: fte, n: perDay.length }],
    report: { meetingsPerWorkingDayP95: p95, impliedFte, saturated },
  };
};
