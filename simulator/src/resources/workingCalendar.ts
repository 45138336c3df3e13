/**
 * Working time for staff: working days (a predicate, e.g. the Danish holiday calendar from
 * @sagsflow/domain) and daily office hours. Time is in days (epoch days, so floor(t) is the date).
 * A prefix sum of working hours per day, extended a year at a time, makes lookups binary searches.
 */
import { Result, Schema } from "effect";

export class CalendarParameterInvalid extends Schema.TaggedError<CalendarParameterInvalid>()(
  "CalendarParameterInvalid",
  { parameter: Schema.String, value: Schema.Number, rule: Schema.String },
) {
  override get message(): string {
    return `working calendar: ${this.parameter} ${this.value} ${this.rule}`;
  }
}

export interface WorkingCalendarOptions {
  readonly isWorkingDay: (epochDay: number) => boolean;
  /** Office hours as hours of the day, e.g. 8 and 15.5; open < close within [0, 24]. */
  readonly openHour: number;
  readonly closeHour: number;
}

const CHUNK = 366;

export class WorkingCalendar {
  private base = 0;
  /** cumulative[i] = working hours before day base + i. */
  private cumulative = new Float64Array(1);
  readonly hoursPerDay: number;

  private constructor(private readonly options: WorkingCalendarOptions) {
    this.hoursPerDay = options.closeHour - options.openHour;
  }

  static make(
    options: WorkingCalendarOptions,
  ): Result.Result<WorkingCalendar, CalendarParameterInvalid> {
    const { openHour, closeHour } = options;
    if (!(openHour >= 0 && openHour < 24)) {
      return Result.fail(
        new CalendarParameterInvalid({
          parameter: "openHour",
          value: openHour,
          rule: "must be in [0, 24)",
        }),
      );
    }
    if (!(closeHour > openHour && closeHour <= 24)) {
      return Result.fail(
        new CalendarParameterInvalid({
          parameter: "closeHour",
          value: closeHour,
          rule: `must be in (openHour ${openHour}, 24]`,
        }),
      );
    }
    return Result.succeed(new WorkingCalendar(options));
  }

  isWorkingDay(epochDay: number): boolean {
    this.cover(epochDay, epochDay + 1);
    const i = epochDay - this.base;
    return (this.cumulative[i + 1] as number) > (this.cumulative[i] as number);
  }

  /** True during office hours on a working day. */
  isWorkingTime(t: number): boolean {
    const day = Math.floor(t);
    const hour = (t - day) * 24;
    return hour >= this.options.openHour && hour < this.options.closeHour && this.isWorkingDay(day);
  }

  /** `t` itself if it is working time, otherwise the next opening instant. */
  nextWorkingInstant(t: number): number {
    if (this.isWorkingTime(t)) return t;
    const day = Math.floor(t);
    const beforeOpen = (t - day) * 24 < this.options.openHour && this.isWorkingDay(day);
    if (beforeOpen) return day + this.options.openHour / 24;
    // The first later day whose working hours are positive: first index with a larger prefix sum.
    const target = this.position(day + 1);
    return this.dayAtPosition(target + this.hoursPerDay / 2) + this.options.openHour / 24;
  }

  /** Working hours elapsed between the calendar origin and `t` (only differences are meaningful). */
  position(t: number): number {
    const day = Math.floor(t);
    this.cover(day, day + 1);
    const i = day - this.base;
    const before = this.cumulative[i] as number;
    if ((this.cumulative[i + 1] as number) === before) return before;
    const hour = Math.min(this.options.closeHour, Math.max(this.options.openHour, (t - day) * 24));
    return before + hour - this.options.openHour;
  }

  /**
   * The earliest instant at which `hours` (> 0) working hours after `t` have elapsed; `t` itself for 0.
   * A task of 3 working hours started Friday 14:00 with office hours 8-15.5 ends Monday 9:30.
   */
  addWorkingHours(t: number, hours: number): number {
    if (hours <= 0) return t;
    const target = this.position(t) + hours;
    const day = this.dayAtPosition(target);
    if (day === Number.POSITIVE_INFINITY) return day;
    const into = target - (this.cumulative[day - this.base] as number);
    return day + (this.options.openHour + into) / 24;
  }

  /** Working hours in [from, to). */
  workingHoursBetween(from: number, to: number): number {
    // Cover both ends first: a backward extension re-bases positions.
    this.cover(Math.floor(Math.min(from, to)), Math.floor(Math.max(from, to)) + 1);
    return this.position(to) - this.position(from);
  }

  /** The day whose working hours contain `target` (the last day with prefix < target). */
  private dayAtPosition(target: number): number {
    for (let idle = 0; (this.cumulative[this.cumulative.length - 1] as number) < target; ) {
      const before = this.cumulative[this.cumulative.length - 1] as number;
      this.cover(this.base, this.base + this.cumulative.length - 1 + CHUNK);
      // Ten years without a working day: the predicate never opens, so the instant never comes.
      idle = this.cumulative[this.cumulative.length - 1] === before ? idle + 1 : 0;
      if (idle >= 10) return Number.POSITIVE_INFINITY;
    }
    let lo = 0;
    let hi = this.cumulative.length - 1;
    // Invariant: cumulative[lo] < target <= cumulative[hi].
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) < target) lo = mid;
      else hi = mid;
    }
    return this.base + lo;
  }

  /** Extends the prefix sums so days [from, to) are covered, by whole years. */
  private cover(from: number, to: number): void {
    const end = this.base + this.cumulative.length - 1;
    if (this.cumulative.length > 1 && from >= this.base && to <= end) return;
    const fresh = this.cumulative.length <= 1;
    // Extend only the side that is short, so forward growth keeps positions (prefix sums) stable.
    const start = fresh || from < this.base ? from - CHUNK : this.base;
    const stop = fresh || to > end ? to + CHUNK : end;
    const cumulative = new Float64Array(stop - start + 1);
    for (let d = start; d < stop; d++) {
      const i = d - start;
      cumulative[i + 1] =
        (cumulative[i] as number) + (this.options.isWorkingDay(d) ? this.hoursPerDay : 0);
    }
    this.base = start;
    this.cumulative = cumulative;
  }
}
