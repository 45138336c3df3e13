import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { fromEpochDay, toEpochDay } from "../time/epochDay";
import { danishHolidays } from "./danishHolidays";
import {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from "./workingDays";

const oracle = new Holidays("DK");
const oracleDates = (year: number, type: string): Array<string> =>
  oracle
    .getHolidays(year)
    .filter((h) => h.type === type)
    .map((h) => h.date.slice(0, 10))
    .sort();

describe("Danish holidays", () => {
  it("match the date-holidays package for 2000-2040 (public holidays)", () => {
    for (let year = 2000; year <= 2040; year++) {
      const ours = danishHolidays(year)
        .map((h) => fromEpochDay(h.epochDay))
        .sort();
      expect(ours, `year ${year}`).toEqual(oracleDates(year, "public"));
    }
  });
  it("drops Store Bededag from 2024", () => {
    expect(danishHolidays(2023).some((h) => h.name === "Store Bededag")).toBe(true);
    expect(danishHolidays(2024).some((h) => h.name === "Store Bededag")).toBe(false);
  });
  it("adds Grundlovsdag, juleaften and nytårsaften only when asked", () => {
    const fridage = danishHolidays(2024, { includeFridage: true }).filter(
      (h) => h.kind === "fridag",
    );
    expect(fridage.map((h) => fromEpochDay(h.epochDay))).toEqual([
      "2024-06-05",
      "2024-12-24",
      "2024-12-31",
    ]);
  });
});

describe("working days", () => {
  const day = toEpochDay;
  it("skips weekends and Easter", () => {
    expect(isWorkingDay(day("2024-03-28"))).toBe(false); // Skærtorsdag
    expect(fromEpochDay(previousWorkingDay(day("2024-04-01")))).toBe("2024-03-27");
    expect(fromEpochDay(nextWorkingDay(day("2024-03-28")))).toBe("2024-04-02");
  });
  it("treats Grundlovsdag as a working day unless fridage are included", () => {
    expect(isWorkingDay(day("2024-06-05"))).toBe(true);
    expect(isWorkingDay(day("2024-06-05"), { includeFridage: true })).toBe(false);
  });
  it("adds and counts working days over Christmas", () => {
    expect(fromEpochDay(addWorkingDays(day("2024-12-23"), 1))).toBe("2024-12-24");
    expect(fromEpochDay(addWorkingDays(day("2024-12-24"), 1))).toBe("2024-12-27");
    expect(countWorkingDays(day("2024-12-23"), day("2025-01-03"))).toBe(6);
  });
  it("answers for years outside the precomputed table", () => {
    expect(isWorkingDay(day("2150-12-25"))).toBe(false);
    expect(isWorkingDay(day("1940-12-27"))).toBe(true);
  });
});
