import { describe, expect, it } from "vitest";
import { fromEpochDay, toEpochDay } from "../time/epochDay";
import { countDeadlineDay } from "./countDeadline";
import { regime2020 } from "./regimes";

const rule = regime2020.cadence.kind === "countWithin" ? regime2020.cadence : undefined;
const deadline = (first: string): string => {
  if (rule === undefined) throw new Error("2020-24 has a count rule");
  return fromEpochDay(countDeadlineDay(rule, toEpochDay(first)));
};

describe("'det første halve år' is six calendar months (SDL §13b stk. 1), not day 182", () => {
  it("ends 30 June for a spell starting 1 January (day 181 in 2024, a leap year)", () => {
    expect(deadline("2024-01-01")).toBe("2024-06-30");
    expect(toEpochDay("2024-06-30") - toEpochDay("2024-01-01") + 1).toBe(182);
    expect(deadline("2023-01-01")).toBe("2023-06-30");
    expect(toEpochDay("2023-06-30") - toEpochDay("2023-01-01") + 1).toBe(181);
  });
  it("ends the day before the same date six months on, across a year end", () => {
    expect(deadline("2023-07-15")).toBe("2024-01-14");
    expect(deadline("2023-12-01")).toBe("2024-05-31");
  });
  it("ends on the last day of a shorter month when that month has no such date", () => {
    expect(deadline("2023-08-31")).toBe("2024-02-29");
    expect(deadline("2022-08-31")).toBe("2023-02-28");
  });
});
