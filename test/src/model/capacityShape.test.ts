/**
 * Capacity without a cliff (issue 16 item 4): rettidighed falls step by step as sagsbehandlere are cut, with no single
 * step carrying more than half of the drop, and staff sickness lowers it. Paired by seed (common random numbers).
 */
import {
  caseFlowReplication,
  differenceKpis,
  type ModelParams,
  replicationInputs,
  type ReplicationKpis,
  summarizeKpis,
} from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, withSagsbehandler } from "./modelFixtures";

const base = libraryParams("baseline.yaml");
const sized = (p: ModelParams): ModelParams => ({
  ...p,
  horizon: { ...p.horizon, followUpWeeks: 40, maxCases: 1000 },
});
const run = (p: ModelParams): ReadonlyArray<ReplicationKpis> =>
  replicationInputs(sized(p), 5, 4).map(caseFlowReplication);

describe("capacity without a cliff", () => {
  it("lowers rettidighed at every step of 12 -> 10 -> 8 -> 6 -> 4 FTE, no step over half the drop", () => {
    const ladder = [12, 10, 8, 6, 4].map((fte) => run(withSagsbehandler(base, { fte })));
    const level = ladder.map((reps) => summarizeKpis(reps).rettidighed.mean as number);
    const steps = ladder
      .slice(1)
      .map((reps, i) => differenceKpis(reps, ladder[i] as typeof reps).rettidighed);
    for (const step of steps) expect((step.ci95 as readonly [number, number])[1]).toBeLessThan(0);
    const total = (level[0] as number) - (level[4] as number);
    expect(total).toBeGreaterThan(0.2);
    for (const step of steps) expect(-(step.mean as number)).toBeLessThanOrEqual(total / 2);
  }, 30_000);

  it("lowers rettidighed when 20 % of the sagsbehandlere's days are lost to sickness", () => {
    const ordinary = run(base);
    const sick = run(withSagsbehandler(base, { sicknessShare: 0.2 }));
    const d = differenceKpis(sick, ordinary).rettidighed;
    expect((d.ci95 as readonly [number, number])[1]).toBeLessThan(0);
  }, 30_000);
});
