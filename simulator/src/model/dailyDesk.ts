/**
 * A staff role's meeting desk: each working day it holds as many meetings as that day's present staff have time
 * for, earliest deadline first. Tasks wait until their planned day; a task whose case moved on is dropped unserved.
 * This is where capacity, sickness and backlog turn into late samtaler (rettidighed).
 */
import { IndexedHeap } from "../engine/indexedHeap";
import type { Rng } from "../random/rng";

export interface DeskStaff {
  readonly fte: number;
  readonly sicknessShare: number;
  readonly meetingMinutes: number;
  readonly meetingMinutesPerDay: number;
}

/** Serves a task on `day`; returns false when the task turned out to be stale (no capacity used). */
export type ServeTask<T> = (task: T, day: number) => boolean;

export class DailyDesk<T extends { readonly due: number }> {
  private readonly planned = new IndexedHeap<undefined, T>();
  private readonly ready = new IndexedHeap<undefined, T>();
  private capacityCarry = 0;
  /** Meetings the desk could have held and did hold, counted from `countFrom` on. */
  capacity = 0;
  held = 0;
  countFrom = Number.NEGATIVE_INFINITY;
  countTo = Number.POSITIVE_INFINITY;

  constructor(
    private readonly staff: DeskStaff,
    private readonly absence: Rng,
    private readonly serve: ServeTask<T>,
  ) {}

  /** Queues a meeting for `plannedDay` or later, prioritised by its due day (earliest deadline first). */
  request(task: T, plannedDay: number): void {
    this.planned.push(plannedDay, 0, undefined, task);
  }

  get waiting(): number {
    return this.planned.size + this.ready.size;
  }

  /** Meetings the present staff can hold today: each FTE is absent with the sickness share. */
  private slotsFor(): number {
    const { fte, sicknessShare, meetingMinutes, meetingMinutesPerDay } = this.staff;
    let present = 0;
    const whole = Math.floor(fte);
    for (let i = 0; i < whole; i++) if (this.absence.float() >= sicknessShare) present++;
    const part = fte - whole;
    if (part > 0 && this.absence.float() >= sicknessShare) present += part;
    const slots = this.capacityCarry + (present * meetingMinutesPerDay) / meetingMinutes;
    const usable = Math.floor(slots);
    this.capacityCarry = slots - usable;
    return usable;
  }

  /** Runs one working day: moves planned tasks that are due to start, then serves EDF up to capacity. */
  workDay(day: number): void {
    while (this.planned.size > 0) {
      const slot = this.planned.peekSlot();
      if (this.planned.keyOf(slot) > day) break;
      const task = this.planned.payloads[slot] as T;
      this.planned.release(slot);
      this.ready.push(task.due, 0, undefined, task);
    }
    let slots = this.slotsFor();
    const counted = day >= this.countFrom && day < this.countTo;
    if (counted) this.capacity += slots;
    while (slots > 0 && this.ready.size > 0) {
      const slot = this.ready.peekSlot();
      const task = this.ready.payloads[slot] as T;
      this.ready.release(slot);
      if (this.serve(task, day)) {
        slots--;
        if (counted) this.held++;
      }
    }
  }
}
