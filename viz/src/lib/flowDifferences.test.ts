import { describe, expect, it } from "vitest";
import { flowDifferences } from "./flowDifferences";

describe("flowDifferences", () => {
  it("compares flows as shares of each scenario's cases, largest change first, flows of one side included", () => {
    const d = flowDifferences(
      {
        cases: 100,
        paths: [
          { source: "Sygemelding", target: "Raskmelding", value: 60 },
          { source: "Ledig", target: "Job", value: 20 },
        ],
      },
      {
        cases: 200,
        paths: [
          { source: "Sygemelding", target: "Raskmelding", value: 100 },
          { source: "Virksomhedsservice", target: "Job", value: 50 },
        ],
      },
    );
    expect(d.map((x) => [x.source, x.target, Math.round(x.shareDifference * 1e9) / 1e9])).toEqual([
      ["Virksomhedsservice", "Job", 0.25],
      ["Ledig", "Job", -0.2],
      ["Sygemelding", "Raskmelding", -0.1],
    ]);
  });
});
