import { describe, expect, it } from "vitest";
import { fromEpochDay, toEpochDay } from "../time/epochDay";
import { regimeFor } from "./regimeFor";
import { pre2014, regime2020 } from "./regimes";
import { firstMunicipallyPaidDay, sygedagpengeStopDay } from "./sygedagpengePeriod";

const stop = (
  first: string,
  status: Parameters<typeof sygedagpengeStopDay>[1] = "ansat",
  regime = regimeFor(first),
) => fromEpochDay(sygedagpengeStopDay(regime, status, toEpochDay(first)));

describe("revurdering: sygedagpenge stop at the end of the month in which > 22 weeks were paid (SDL §24)", () => {
  it("stops 2024-06-30 when the 155th counted day is the last day of June", () => {
    // 2023-12-29 + 30 excluded days + 154 counted days = 2024-06-30
    expect(stop("2023-12-29")).toBe("2024-06-30");
  });
  it("stops a month later when the 155th counted day is the first of the next month", () => {
    expect(stop("2023-12-30")).toBe("2024-07-31");
  });
  it("excludes only 2 weeks for selvstændige", () => {
    // 2024-01-01 + 14 + 154 = 2024-06-18
    expect(stop("2024-01-01", "selvstaendig")).toBe("2024-06-30");
    expect(stop("2024-01-18", "selvstaendig")).toBe("2024-07-31");
  });
  it("counts across a leap day", () => {
    // 2023-09-27 + 184 = 2024-03-29 (Feb 2024 has 29 days)
    expect(stop("2023-09-27")).toBe("2024-03-31");
    expect(stop("2023-09-30")).toBe("2024-04-30");
  });
  it("uses the 52-week limit before 2015", () => {
    expect(stop("2013-01-01", "ansat", pre2014)).toBe("2013-12-30");
  });
});

describe("first municipally paid day", () => {
  it("is day 31 for an ansat, day 15 for a forsikret ledig, day 1 for an uforsikret ledig", () => {
    const first = toEpochDay("2024-01-01");
    expect(fromEpochDay(firstMunicipallyPaidDay(regime2020, "ansat", first))).toBe("2024-01-31");
    expect(fromEpochDay(firstMunicipallyPaidDay(regime2020, "ledig-forsikret", first))).toBe(
      "2024-01-15",
    );
    expect(fromEpochDay(firstMunicipallyPaidDay(regime2020, "ledig-uforsikret", first))).toBe(
      "2024-01-01",
    );
  });
  it("is day 15 for a selvstændig (SDL §41: the municipality pays after 2 weeks, not from day 3)", () => {
    const first = toEpochDay("2024-01-01");
    for (const r of [pre2014, regime2020])
      expect(fromEpochDay(firstMunicipallyPaidDay(r, "selvstaendig", first))).toBe("2024-01-15");
  });
});

describe("regime selection", () => {
  it("selects by first absence day at each boundary", () => {
    expect(regimeFor("2014-12-31").id).toBe("pre2014");
    expect(regimeFor("2015-01-01").id).toBe("2015-2019");
    expect(regimeFor("2019-12-31").id).toBe("2015-2019");
    expect(regimeFor("2020-01-01").id).toBe("2020-2024");
    expect(regimeFor("2024-12-31").id).toBe("2020-2024");
    expect(regimeFor("2025-01-01").id).toBe("2025+");
  });
  it("gives every rule of every regime a source", () => {
    for (const first of ["2010-01-01", "2016-01-01", "2021-01-01", "2026-01-01"]) {
      const r = regimeFor(first);
      const sourced = Object.values(r).filter(
        (v): v is { source: string } => typeof v === "object" && v !== null && "source" in v,
      );
      expect(sourced.length).toBeGreaterThanOrEqual(7);
      for (const rule of sourced) expect(rule.source).toMatch(/§|domain\.md/);
    }
  });
});
