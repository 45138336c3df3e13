/**
 * A team of caseworkers, each with their own caseload and meeting queue (issue 16 item 4). Every working day a present
 * caseworker's time goes first to fixed work (team and employer meetings), then to administration of the open cases
 * they hold (capped: under pressure it is cut before meetings are), and what is left to meetings, each taking the
 * meeting and its journal. Tasks wait until their planned day and are then served in the order of the scheduling
 * policy; a task whose case moved on is dropped unserved. Time used over time present is the utilisation.
 */
import { IndexedHeap } from "../engine/indexedHeap";
import type { Rng } from "../random/rng";
import { nextAbsent, type SicknessSpellTime } from "./sicknessSpells";

export interface CaseworkerTime extends SicknessSpellTime {
  readonly fte: number;
  /** Working minutes per FTE and working day (37-hour week: 444). */
  readonly workMinutesPerDay: number;
  readonly meetingMinutes: number;
  /** Journal and preparation per meeting. */
  readonly journalMinutesPerMeeting: number;
  /** Administration per open case and week (documents, lægeattester, refusion, letters). */
  readonly adminMinutesPerCaseWeek: number;
  /** At most this share of a day goes to administration when the caseload is large. */
  readonly adminMaxShare: number;
  /** Team meetings, employer contact and other fixed work per FTE and day. */
  readonly otherMinutesPerDay: number;
}

/** Minutes a present FTE has left for meetings on a day with `caseload` open cases (fixed work and admin first). */
export const meetingMinutesPerFteDay = (t: CaseworkerTime, caseload: number): number => {
  const fixed = Math.min(t.otherMinutesPerDay, t.workMinutesPerDay);
  const admin = Math.min(
    (caseload * t.adminMinutesPerCaseWeek) / 5,
    t.adminMaxShare * t.workMinutesPerDay,
    t.workMinutesPerDay - fixed,
  );
  return t.workMinutesPerDay - fixed - admin;
};

/** Urgent first, then earliest deadline (what Danish jobcentres do, docs/levers.md); or deadline only; or arrival. */
export type SchedulingPolicy = "urgentFirst" | "earliestDeadline" | "firstComeFirstServed";

/** How much earlier than its deadline urgent work is ranked under `urgentFirst` (model assumption, docs/levers.md). */
export const URGENT_AHEAD_DAYS = 14;

export interface DeskTask {
  readonly due: number;
  /** First samtale, revurdering and the like: served first under `urgentFirst`. */
  readonly urgent: boolean;
}

/** Serves a task on `day`; returns false when the task turned out to be stale (no time used). */
export type ServeDeskTask<T> = (task: T, day: number) => boolean;

interface Member<T> {
  readonly share: number;
  readonly planned: IndexedHeap<undefined, T>;
  readonly ready: IndexedHeap<undefined, T>;
  caseload: number;
  absent: boolean;
  carry: number;
}

export class CaseworkerDesk<T extends DeskTask> {
  private readonly members: Member<T>[] = [];
  private readonly totalShare: number;
  /** Minutes present and minutes used, counted from `countFrom` to `countTo`. */
  capacity = 0;
  held = 0;
  meetings = 0;
  countFrom = Number.NEGATIVE_INFINITY;
  countTo = Number.POSITIVE_INFINITY;

  constructor(
    private readonly time: CaseworkerTime,
    private readonly policy: SchedulingPolicy,
    private readonly absence: Rng,
    private readonly serve: ServeDeskTask<T>,
    /**
     * Working time on a day when parameters follow a schedule (model/paramsOnDay.ts). The members stay; a changed
     * FTE scales every member's working time by fte(day) / time.fte, so each keeps their caseload and queue.
     */
    private readonly timeOn?: (day: number) => CaseworkerTime,
  ) {
    const whole = Math.floor(time.fte);
    const part = time.fte - whole;
    for (let i = 0; i < whole + (part > 1e-9 ? 1 : 0); i++)
      this.members.push({
        share: i < whole ? 1 : part,
        planned: new IndexedHeap<undefined, T>(),
        ready: new IndexedHeap<undefined, T>(),
        caseload: 0,
        absent: false,
        carry: 0,
      });
    this.totalShare = Math.max(time.fte, 1e-9);
  }

  get size(): number {
    return this.members.length;
  }

  /** The caseworker a new case goes to from one uniform draw, in proportion to working time (a split by CPR). */
  assign(u: number): number {
    let acc = 0;
    for (let i = 0; i < this.members.length; i++) {
      acc += (this.members[i] as Member<T>).share / this.totalShare;
      if (u < acc) return i;
    }
    return Math.max(this.members.length - 1, 0);
  }

  open(member: number): void {
    const m = this.members[member];
    if (m !== undefined) m.caseload++;
  }

  close(member: number): void {
    const m = this.members[member];
    if (m !== undefined && m.caseload > 0) m.caseload--;
  }

  caseloadOf(member: number): number {
    return this.members[member]?.caseload ?? 0;
  }

  /** Queues a meeting with the case's caseworker for `plannedDay` or later. */
  request(member: number, task: T, plannedDay: number): void {
    const m = this.members[member] ?? this.members[0];
    if (m !== undefined) m.planned.push(plannedDay, 0, undefined, task);
  }

  get waiting(): number {
    return this.members.reduce((a, m) => a + m.planned.size + m.ready.size, 0);
  }

  private readyKey(task: T, day: number): number {
    if (this.policy === "firstComeFirstServed") return day;
    // Urgent work counts as due two weeks earlier: it goes first, but a samtale overdue by more than that is not starved.
    if (this.policy === "urgentFirst" && task.urgent) return task.due - URGENT_AHEAD_DAYS;
    return task.due;
  }

  /** Runs one working day for every caseworker. */
  workDay(day: number): void {
    const counted = day >= this.countFrom && day < this.countTo;
    const t = this.timeOn?.(day) ?? this.time;
    const scale = t.fte / this.totalShare;
    for (const m of this.members) {
      m.absent = nextAbsent(m.absent, t, this.absence);
      while (m.planned.size > 0) {
        const slot = m.planned.peekSlot();
        if (m.planned.keyOf(slot) > day) break;
        const task = m.planned.payloads[slot] as T;
        m.planned.release(slot);
        m.ready.push(this.readyKey(task, day), 0, undefined, task);
      }
      if (m.absent) continue;
      this.workMember(m, day, counted, t, scale);
    }
  }

  private workMember(
    m: Member<T>,
    day: number,
    counted: boolean,
    t: CaseworkerTime,
    scale: number,
  ): void {
    const share = m.share * scale;
    const present = share * t.workMinutesPerDay;
    // A part-time member's caseload is per FTE share as well: scale to one FTE and back.
    const forMeetings = share * meetingMinutesPerFteDay(t, m.caseload / Math.max(share, 1e-9));
    const perMeeting = t.meetingMinutes + t.journalMinutesPerMeeting;
    let left = m.carry + forMeetings;
    let used = present - forMeetings;
    while (left >= perMeeting && m.ready.size > 0) {
      const slot = m.ready.peekSlot();
      const task = m.ready.payloads[slot] as T;
      m.ready.release(slot);
      if (this.serve(task, day)) {
        left -= perMeeting;
        used += perMeeting;
        if (counted) this.meetings++;
      }
    }
    // Unused minutes carry over only up to one meeting (a long meeting can span two days); idle time is lost.
    m.carry = Math.min(Math.max(left, 0), perMeeting);
    if (counted) {
      this.capacity += present;
      this.held += Math.min(used, present);
    }
  }
}
