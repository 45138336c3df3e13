import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageBandAt, cprBirthDate } from "./cprBirthDate";

/** The calendar by Date, as a reference for the arithmetic one in cprBirthDate. */
const byDate = (year: number, month: number, day: number): string | undefined => {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? d.toISOString().slice(0, 10)
    : undefined;
};

describe("cprBirthDate", () => {
  it("reads the century from the seventh digit (CPR-kontoret)", () => {
    expect(cprBirthDate("010190-1234")).toBe("1990-01-01");
    expect(cprBirthDate("0101104234")).toBe("2010-01-01");
    expect(cprBirthDate("010150-4234")).toBe("1950-01-01");
    expect(cprBirthDate("010160-5234")).toBe("1860-01-01");
    expect(cprBirthDate(" 290200-5123 ")).toBe("2000-02-29");
  });
  it("refuses days the calendar lacks and text that is no CPR number", () => {
    expect(cprBirthDate("290201-5123")).toBeUndefined();
    expect(cprBirthDate("310490-1234")).toBeUndefined();
    expect(cprBirthDate("001390-1234")).toBeUndefined();
    expect(cprBirthDate("S-12")).toBeUndefined();
    expect(cprBirthDate("")).toBeUndefined();
  });
  it("gives the same answer repeated or interleaved (the last answer is kept)", () => {
    expect([
      cprBirthDate("010190-1234"),
      cprBirthDate("310490-1234"),
      cprBirthDate("010190-1234"),
    ]).toEqual(["1990-01-01", undefined, "1990-01-01"]);
  });
  it("agrees with the Date calendar for every day, month and century digit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9 }),
        (dd, mm, yy, seventh) => {
          const two = (n: number) => String(n).padStart(2, "0");
          const century =
            seventh <= 3
              ? 1900
              : seventh === 4 || seventh === 9
                ? yy <= 36
                  ? 2000
                  : 1900
                : yy <= 57
                  ? 2000
                  : 1800;
          expect(cprBirthDate(`${two(dd)}${two(mm)}${two(yy)}-${seventh}123`)).toBe(
            byDate(century + yy, mm, dd),
          );
        },
      ),
    );
  });
  it("puts ages in the domain's bands", () => {
    expect(ageBandAt("1990-06-15", "2020-06-14")).toBe("under-30");
    expect(ageBandAt("1990-06-15", "2020-06-15")).toBe("30-39");
  });
});
