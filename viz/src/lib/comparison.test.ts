import { kpiIds } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/comparison.fixture.json";
import { ComparisonUnreadable, kpisIn, readComparison } from "./comparison";
import { kpiSentence } from "./kpiSentence";

describe("readComparison", () => {
  it("accepts the compare --json shape and lists its KPIs in catalogue order", () => {
    const c = readComparison(fixture.result);
    expect(c).not.toBeInstanceOf(ComparisonUnreadable);
    if (c instanceof ComparisonUnreadable) return;
    expect(kpisIn(c)).toEqual(kpiIds);
    expect(c.variants[0]?.scenario).toBe("vs-foer-raskmelding");
  });
  it("names the field and value that make a payload unreadable", () => {
    const bad = readComparison({ schemaVersion: 2 });
    expect(bad).toBeInstanceOf(ComparisonUnreadable);
    expect((bad as ComparisonUnreadable).message).toBe(
      "Sammenligningen kan ikke læses: feltet schemaVersion har værdien 2",
    );
  });
  it("writes a sentence for every KPI of the fixture, claiming the fall in VS waiting time", () => {
    const c = readComparison(fixture.result);
    if (c instanceof ComparisonUnreadable) throw new Error(c.message);
    const v = c.variants[0];
    const sentences = kpisIn(c).map((id) => kpiSentence(id, v?.difference[id]));
    expect(sentences).toHaveLength(kpiIds.length);
    expect(sentences[0]).toMatch(
      /^Ventetiden fra raskmelding til virksomhedsservice falder med \d+ dage \(95 %-interval \d+–\d+\)\.$/,
    );
  });
});
