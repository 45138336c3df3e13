import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, diffDays, endOfMonth, isoWeekday, monthKey } from "./calendarMath";
import { fromEpochDay, toEpochDay } from "./epochDay";
import { IsoDate, isIsoDate } from "./isoDate";
import { Schema } from "effect";

const SEED = 20240101;
const viaDate = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe("epoch days", () => {
  it("agrees with Date for every day 1900-2149 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 65745 }), (n) => {
        expect(fromEpochDay(n)).toBe(viaDate(n));
        expect(toEpochDay(viaDate(n))).toBe(n);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
  it("floors fractional simulated times and handles dates outside the cache", () => {
    expect(fromEpochDay(19723.99)).toBe("2024-01-01");
    expect(fromEpochDay(-40000)).toBe(viaDate(-40000));
    expect(toEpochDay("1970-01-01")).toBe(0);
  });
});

describe("calendar math", () => {
  it("finds month ends, including leap days", () => {
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(endOfMonth("2023-02-10")).toBe("2023-02-28");
    expect(endOfMonth("2100-02-01")).toBe("2100-02-28");
    expect(endOfMonth("2000-02-01")).toBe("2000-02-29");
    expect(endOfMonth("2024-12-31")).toBe("2024-12-31");
  });
  it("adds and diffs days across month and year ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(diffDays("2024-01-01", "2025-01-01")).toBe(366);
    expect(monthKey("2024-07-15")).toBe("2024-07");
  });
  it("numbers weekdays Monday=1..Sunday=7", () => {
    expect(isoWeekday(toEpochDay("2024-01-01"))).toBe(1);
    expect(isoWeekday(toEpochDay("2024-02-25"))).toBe(7);
  });
});

describe("IsoDate schema", () => {
  it("accepts real dates and rejects impossible ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("24-01-01")).toBe(false);
    expect(() => Schema.decodeUnknownSync(IsoDate)("2023-02-29")).toThrow();
    expect(Schema.decodeUnknownSync(IsoDate)("2024-02-29")).toBe("2024-02-29");
  });
});
