import { Result } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWorkingDay as isDanishWorkingDay } from "@sagsflow/domain";
import { WorkingCalendar } from "./workingCalendar";

// Epoch day 0 (1970-01-01) was a Thursday. 19723 = Monday 2024-01-01; 19727 = Friday; 19730 = Monday.
const weekday = (d: number): number => (((d + 3) % 7) + 7) % 7; // 0 = Monday
const HOLIDAYS = new Set([19723, 19831]); // 2024-01-01 and 2024-04-19, a test holiday set
const isWorkingDay = (d: number): boolean => weekday(d) < 5 && !HOLIDAYS.has(d);
const calendar = Result.getOrThrow(
  WorkingCalendar.make({ isWorkingDay, openHour: 8, closeHour: 15.5 }),
);
const at = (day: number, hour: number): number => day + hour / 24;

describe("WorkingCalendar", () => {
  it("knows weekends and holidays", () => {
    expect(calendar.isWorkingDay(19723)).toBe(false); // holiday Monday
    expect(calendar.isWorkingDay(19724)).toBe(true);
    expect(calendar.isWorkingDay(19729)).toBe(false); // Saturday
  });

  it("finds the next working instant across evening, weekend and holiday", () => {
    expect(calendar.nextWorkingInstant(at(19724, 9))).toBe(at(19724, 9));
    expect(calendar.nextWorkingInstant(at(19724, 6))).toBeCloseTo(at(19724, 8), 12);
    expect(calendar.nextWorkingInstant(at(19727, 16))).toBeCloseTo(at(19730, 8), 12); // Friday evening -> Monday
    expect(calendar.nextWorkingInstant(at(19722, 12))).toBeCloseTo(at(19724, 8), 12); // Sunday before holiday
  });

  it("adds working hours over a weekend: Friday 14:00 + 3 h = Monday 9:30", () => {
    expect(calendar.addWorkingHours(at(19727, 14), 3)).toBeCloseTo(at(19730, 9.5), 12);
    expect(calendar.addWorkingHours(at(19727, 14), 1.5)).toBeCloseTo(at(19727, 15.5), 12);
  });

  it("is consistent with workingHoursBetween (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 19000, max: 21000, noNaN: true }),
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        (t, h) => {
          const end = calendar.addWorkingHours(t, h);
          expect(end).toBeGreaterThan(t);
          expect(calendar.workingHoursBetween(t, end)).toBeCloseTo(h, 6);
          expect(calendar.isWorkingTime(end - 1e-9)).toBe(true);
        },
      ),
      { seed: 77, numRuns: 300 },
    );
  });

  it("rejects office hours that do not make sense", () => {
    const r = WorkingCalendar.make({ isWorkingDay, openHour: 16, closeHour: 8 });
    expect(Result.isFailure(r) && r.failure).toMatchObject({ parameter: "closeHour", value: 8 });
  });

  it("returns Infinity when no day is ever a working day", () => {
    const never = Result.getOrThrow(
      WorkingCalendar.make({ isWorkingDay: () => false, openHour: 8, closeHour: 16 }),
    );
    expect(never.addWorkingHours(100, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("WorkingCalendar with the Danish calendar from @sagsflow/domain", () => {
  it("skips Easter 2024: Wednesday 27 March 14:00 + 3 h = Tuesday 2 April 9:30", () => {
    const danish = Result.getOrThrow(
      WorkingCalendar.make({
        isWorkingDay: (d) => isDanishWorkingDay(d),
        openHour: 8,
        closeHour: 15.5,
      }),
    );
    // 19809 = 2024-03-27; skærtorsdag, langfredag, the weekend and 2. påskedag follow.
    expect(danish.addWorkingHours(at(19809, 14), 3)).toBeCloseTo(at(19815, 9.5), 12);
  });
});
