/**
 * Issue 9 acceptance: `forecast --json` at-risk deadlines on a hand-checked fixture of three cases (A: kat 2, first
 * samtale due 2024-02-26 and not held; B: next deadlines beyond the forecast; C: closed), shared with the CLI tests.
 */
import type { DomainEvent } from "@sagsflow/domain";
import { domainEventCodec, makeMemoryEventStore } from "@sagsflow/eventstore";
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { forecastFromStore } from "../../../api/src/calibration/forecastFromStore";
import { FORECAST_CASES } from "../../../api/src/testing/calibrationCliFixtures";
import { libraryParams } from "../model/modelFixtures";
import { demoStore } from "./demoStore";

const store = async () => {
  const s = makeMemoryEventStore<DomainEvent>({
    codec: domainEventCodec,
    clock: () => "2024-02-01T08:00:00.000Z",
  });
  await Effect.runPromise(
    s.appendBatch(FORECAST_CASES.map((events, i) => ({ streamId: `sag-${"ABC"[i]}`, events }))),
  );
  return s;
};

const base = libraryParams("baseline.yaml");
/** Recovery far beyond the forecast and no new sygemeldinger, so only staffing decides the deadlines. */
const fixtureParams = (fte: number): ModelParams => ({
  ...base,
  arrivals: { ...base.arrivals, perWeek: 0 },
  recovery: { ...base.recovery, kraeft: { medianWeeks: 100, sigma: 0.05 } },
  staff: { ...base.staff, sagsbehandler: { ...base.staff.sagsbehandler, fte } },
});

describe("forecast from the open cases", () => {
  it("lists A's first samtale as certainly missed when no caseworker is at work", async () => {
    const f = await Effect.runPromise(
      forecastFromStore(await store(), fixtureParams(0), {
        weeks: 8,
        now: "2024-02-01",
        replications: 5,
      }),
    );
    expect(f.openCases).toBe(2);
    expect(f.atRisk).toEqual([
      { caseId: "A", rule: "foersteOpfoelgning", due: "2024-02-26", probability: 1 },
    ]);
    expect(f.caseloadPerWeek).toHaveLength(8);
    expect(f.caseloadPerWeek[0]).toEqual({ weekStart: "2024-02-02", expected: 2 });
  });

  it("gives probability 0 when the desk has room", async () => {
    const f = await Effect.runPromise(
      forecastFromStore(await store(), fixtureParams(5), {
        weeks: 8,
        now: "2024-02-01",
        replications: 5,
      }),
    );
    expect(f.atRisk).toEqual([
      { caseId: "A", rule: "foersteOpfoelgning", due: "2024-02-26", probability: 0 },
    ]);
  });

  it("lists each case and rule once, although a simulated raskmelding moves the CV deadline per replication", async () => {
    const f = await Effect.runPromise(
      forecastFromStore(await demoStore(), base, { weeks: 8, replications: 20 }),
    );
    const keys = f.atRisk.map((d) => `${d.caseId}|${d.rule}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of f.atRisk) expect(d.probability).toBeLessThanOrEqual(1);
  });
});
