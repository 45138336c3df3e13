import { describe, expect, it } from "vitest";
import { changedParams, showParam } from "./changedParams";
import { differenceDomain } from "./differenceDomain";
import { formatRoute, parseRoute } from "./route";

describe("routes", () => {
  it("parses a permalink and round-trips it", () => {
    const r = parseRoute("#/sammenligning/cmp-42");
    expect(r).toEqual({ view: "sammenligning", comparisonId: "cmp-42" });
    expect(formatRoute(r)).toBe("#/sammenligning/cmp-42");
  });
  it("falls back to the comparison view for unknown hashes", () => {
    expect(parseRoute("")).toEqual({ view: "sammenligning", comparisonId: undefined });
    expect(parseRoute("#/nope")).toEqual({ view: "sammenligning", comparisonId: undefined });
    expect(parseRoute("#/forloeb").view).toBe("forloeb");
  });
});

describe("changedParams", () => {
  it("lists changed leaves by dotted path and ignores equal ones", () => {
    const base = {
      levers: { earlyCvWeek: null, organisation: "sekventiel" },
      staff: { a: { fte: 2 } },
    };
    const variant = {
      levers: { earlyCvWeek: 8, organisation: "sekventiel" },
      staff: { a: { fte: 3 } },
    };
    expect(changedParams(base, variant)).toEqual([
      { path: "levers.earlyCvWeek", from: null, to: 8 },
      { path: "staff.a.fte", from: 2, to: 3 },
    ]);
  });
  it("shows values in Danish", () => {
    expect(showParam(null)).toBe("slået fra");
    expect(showParam(0.25)).toBe("0,25");
  });
});

describe("differenceDomain", () => {
  it("is symmetric around zero and contains every interval end", () => {
    const [lo, hi] = differenceDomain([{ mean: 5, ci95: [2, 8] }]);
    expect(lo).toBe(-hi);
    expect(hi).toBeGreaterThan(8);
    expect(differenceDomain([undefined])).toEqual([-1, 1]);
  });
});
