import { describe, expect, it } from "vitest";
import { checkOverrides, nestOverrides, pathProblem, readPath, withMaxCases } from "./overrides";

describe("overrides by dotted path", () => {
  it("nests paths into an overlay tree", () => {
    expect(
      nestOverrides({ "levers.earlyCvWeek": 8, "levers.organisation": "resultatteam" }),
    ).toEqual({ levers: { earlyCvWeek: 8, organisation: "resultatteam" } });
    expect(readPath({ levers: { earlyCvWeek: 8 } }, "levers.earlyCvWeek")).toBe(8);
    expect(readPath({ levers: {} }, "levers.missing.deeper")).toBeUndefined();
  });

  it("refuses __proto__, constructor and prototype segments and never writes through a prototype", () => {
    for (const path of [
      "__proto__.polluted",
      "levers.constructor.prototype.polluted",
      "a.prototype",
    ])
      expect(pathProblem(path), path).toMatch(/__proto__/);
    const bad = { "__proto__.polluted": 1, "constructor.prototype.polluted": 2, "levers.x": 3 };
    expect(checkOverrides(bad)?.problems.map((p) => p.field)).toEqual([
      "__proto__.polluted",
      "constructor.prototype.polluted",
    ]);
    const tree = nestOverrides(bad);
    expect(tree).toEqual({ levers: { x: 3 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
    expect(readPath({}, "__proto__")).toBeUndefined();
  });

  it("refuses empty segments and odd characters, accepts ordinary paths", () => {
    expect(pathProblem("levers..x")).toBeDefined();
    expect(pathProblem("levers.x y")).toBeDefined();
    expect(pathProblem("staff.sagsbehandler.fte")).toBeUndefined();
    expect(checkOverrides({ "staff.sagsbehandler.fte": 12 })).toBeUndefined();
  });

  it("caps measured cases in one place", () => {
    const horizon = { start: "2024-01-01", weeks: 52, warmupWeeks: 0, followUpWeeks: 0 };
    const p = { horizon: { ...horizon, maxCases: null } };
    expect(withMaxCases(p, 500).horizon).toEqual({ ...horizon, maxCases: 500 });
    expect(withMaxCases(p, null)).toBe(p);
  });
});
