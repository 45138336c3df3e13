import { describe, expect, it } from "vitest";
import { keyedComparison, runKeys } from "./runKeys";

describe("runKeys", () => {
  it("keeps unique scenario ids as keys", () => {
    expect(
      runKeys([{ scenario: "baseline" }, { scenario: "early-cv", label: "early-cv" }]),
    ).toEqual(["baseline", "early-cv"]);
  });

  it("tells overrides of one scenario apart by their labels, the baseline keeping its id", () => {
    expect(
      runKeys([
        { scenario: "baseline", label: "baseline" },
        { scenario: "baseline", label: "Hvad nu hvis" },
        { scenario: "baseline", label: "baseline" },
      ]),
    ).toEqual(["baseline", "baseline · Hvad nu hvis", "baseline · variant 2"]);
  });
});

describe("keyedComparison", () => {
  it("rewrites each run's scenario to its key and maps keys back to scenario ids", () => {
    const raw = {
      schemaVersion: 1,
      baseline: { scenario: "baseline", label: "baseline", kpis: {} },
      variants: [{ scenario: "baseline", label: "CV i uge 8", kpis: {}, difference: {} }],
    };
    const { result, scenarioOf } = keyedComparison(raw);
    expect((result as typeof raw).variants[0]?.scenario).toBe("baseline · CV i uge 8");
    expect((result as typeof raw).baseline.scenario).toBe("baseline");
    expect(scenarioOf).toEqual({ baseline: "baseline", "baseline · CV i uge 8": "baseline" });
    expect(raw.variants[0]?.scenario).toBe("baseline");
  });

  it("leaves a payload of another shape alone", () => {
    expect(keyedComparison({ schemaVersion: 2 }).result).toEqual({ schemaVersion: 2 });
  });
});
