/** Issue 9 acceptance: counterfactual replay of the demo history's first quarter of 2022. */
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { counterfactualHistory } from "../../../api/src/calibration/counterfactualHistory";
import { libraryParams } from "../model/modelFixtures";
import { demoStore } from "./demoStore";

const baseline = libraryParams("baseline.yaml");
const window = { from: "2022-01-01", to: "2022-03-31", replications: 2, seed: 5 };

describe("counterfactual replay", () => {
  it("gives exactly zero differences, per case and in aggregate, when the variant is the baseline", async () => {
    const r = await Effect.runPromise(
      counterfactualHistory(await demoStore(), { baseline, variant: baseline }, window),
    );
    expect(r.cases.length).toBeGreaterThan(200);
    for (const m of Object.values(r.aggregate)) {
      expect(m.difference).toBe(0);
      expect(m.ci95).toEqual([0, 0]);
      expect(m.history).not.toBeNull();
    }
    expect(r.cases.every((c) => Object.values(c.differences).every((d) => d === 0))).toBe(true);
  }, 60_000);

  it("shortens raskmelding to job when virksomhedsservice starts before raskmelding", async () => {
    const variant = libraryParams("vs-foer-raskmelding.yaml");
    const r = await Effect.runPromise(
      counterfactualHistory(await demoStore(), { baseline, variant }, window),
    );
    const d = r.aggregate.raskmeldingToJobDays;
    expect(d.difference).toBeLessThan(0);
    expect(d.ci95?.[1]).toBeLessThan(0);
  }, 60_000);
});
