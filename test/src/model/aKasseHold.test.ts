import { toEpochDay } from "@sagsflow/domain";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, small } from "./modelFixtures";

/** Days from raskmelding to the handoff request of forsikrede ledige raskmeldt in the measurement window. */
const handoffDelays = (start: string): number[] => {
  const base = small(libraryParams("baseline.yaml"), 600);
  const run = runCaseFlow({ ...base, horizon: { ...base.horizon, start } }, 2);
  const out: number[] = [];
  for (const c of run.citizens) {
    if (!c.measured || !c.forsikret || !c.state.ledig) continue;
    const day = (tag: string) => {
      const e = c.events.find((x) => x._tag === tag);
      return e === undefined ? undefined : toEpochDay(e.date);
    };
    const rask = day("RaskmeldingRegistered");
    const handoff = day("VirksomhedsserviceHandoffRequested");
    if (rask !== undefined && handoff !== undefined && rask >= toEpochDay(start))
      out.push(handoff - rask);
  }
  return out;
};

describe("the a-kasse's first 3 months apply only where the law has them (issue 16 item 5)", () => {
  it("hold the handoff at least 13 weeks from 2024, and not in 2022", () => {
    const late = handoffDelays("2024-03-04");
    const early = handoffDelays("2021-03-01");
    expect(late.length).toBeGreaterThan(10);
    expect(early.length).toBeGreaterThan(10);
    expect(Math.min(...late)).toBeGreaterThanOrEqual(91);
    expect(early.filter((d) => d < 91).length / early.length).toBeGreaterThan(0.8);
  });
});
