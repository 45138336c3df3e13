import { join } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import { fromEpochDay, isoDate, toEpochDay } from "@sagsflow/domain";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { caseFlowKpis, kpiCatalog, kpiIds, runCaseFlow } from "@sagsflow/simulator/model";
import { Effect, Result } from "effect";
import { describe, expect, it } from "vitest";
import { caseTimeline } from "./caseTimeline";
import { historyKpis } from "./historyKpis";
import { importIntoStore } from "./importIntoStore";
import {
  IMPORT_CASES,
  IMPORT_FIXTURES,
  loadMapping,
  memoryStore,
  run,
} from "../testing/testStores";

const ksdStore = async () => {
  const store = memoryStore();
  const [file, mapping] = IMPORT_CASES[0];
  await run(
    importIntoStore(IMPORT_FIXTURES + file, {
      mapping: loadMapping(IMPORT_FIXTURES + mapping),
      store,
      pseudoKey: "k",
      partial: true,
    }),
  );
  return store;
};

describe("historyKpis", () => {
  it("reports every catalogue KPI in the simulator's shape, null with n 0 where history cannot tell", async () => {
    const r = await run(historyKpis(await ksdStore()));
    expect(Object.keys(r.kpis)).toEqual([...kpiIds]);
    expect(r).toMatchObject({
      schemaVersion: 1,
      cases: 2,
      events: 8,
      from: "2024-01-02",
      to: "2024-03-11",
    });
    expect(r.kpis.caseworkerUtilization).toEqual({ mean: null, ci95: null, unit: "andel", n: 0 });
    // S-1001: first absence day 2024-01-02, raskmelding 2024-03-11 (leap year).
    expect(r.kpis.spellDurationDays).toEqual({ mean: 69, ci95: null, unit: "dage", n: 1 });
    expect(r.kpis.shareEndingInJob).toMatchObject({ mean: 0, n: 1 });
    expect(r.monthly.map((m) => m.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(r.monthly[0]).toMatchObject({
      newCases: 1,
      rettidighed: { met: 0, late: 0, share: null },
    });
    expect(JSON.stringify(r)).not.toMatch(/NaN/);
  });

  it("gives null KPIs and no months for an empty store", async () => {
    const r = await run(historyKpis(memoryStore()));
    expect(r).toMatchObject({ cases: 0, from: null, to: null, monthly: [] });
    expect(Object.values(r.kpis).every((k) => k.mean === null && k.n === 0)).toBe(true);
  });

  it("refuses a malformed or reversed range with OptionInvalid", async () => {
    const store = memoryStore();
    expect(
      await Effect.runPromise(Effect.flip(historyKpis(store, { from: "01-01-2024" }))),
    ).toMatchObject({ _tag: "OptionInvalid", option: "from" });
    expect(
      (
        await Effect.runPromise(
          Effect.flip(historyKpis(store, { from: "2024-02-01", to: "2024-01-01" })),
        )
      )._tag,
    ).toBe("OptionInvalid");
  });

  it("measures one event log identically through the history path and the simulation path", async () => {
    const scenario = Result.getOrThrow(loadScenario(join(LIBRARY_DIR, "baseline.yaml")));
    const params = {
      ...scenario.params,
      horizon: { ...scenario.params.horizon, weeks: 12, warmupWeeks: 4, followUpWeeks: 26 },
    };
    const sim = runCaseFlow(params, 7);
    const store = memoryStore();
    await run(
      store.appendBatch(
        sim.citizens.map((c) => ({
          streamId: `sag-${c.caseId}`,
          events: c.events as ReadonlyArray<DomainEvent>,
        })),
      ),
    );
    const r = await run(
      historyKpis(store, {
        from: fromEpochDay(sim.measureFrom),
        to: fromEpochDay(sim.measureTo - 1),
        asOf: fromEpochDay(sim.end),
      }),
    );
    // One event log, two paths: every case KPI identical to the bit, the desk and market KPIs absent from history.
    const expected = caseFlowKpis(sim, params);
    for (const id of kpiIds) {
      const want = kpiCatalog[id].measuredFrom === "cases" ? expected[id] : { value: null, n: 0 };
      expect({ mean: r.kpis[id].mean, n: r.kpis[id].n }, id).toEqual({
        mean: want.value,
        n: want.n,
      });
    }
    for (const id of ["handoffWaitDays", "spellDurationDays", "costPerCaseDkk"] as const)
      expect(r.kpis[id].n, id).toBeGreaterThan(0);
    expect(r.kpis.rettidighed.n).toBeGreaterThan(50);
  });
});

describe("caseTimeline", () => {
  it("lists the stored events in order with deadlines as ISO dates", async () => {
    const t = await run(caseTimeline(await ksdStore(), "S-1001"));
    expect(t.events.map((e) => e.event._tag)).toEqual([
      "SygemeldingReceived",
      "VisitationCompleted",
      "OpfoelgningssamtaleHeld",
      "RaskmeldingRegistered",
      "CaseClosed",
    ]);
    expect(t.outcome).toBe("raskmeldt");
    expect(t.deadlines[0]).toMatchObject({
      rule: "foersteOpfoelgning",
      status: "met",
      metOn: "2024-02-05",
    });
    expect(toEpochDay(isoDate(t.deadlines[0]?.due ?? ""))).toBeGreaterThan(
      toEpochDay(isoDate("2024-01-02")),
    );
  });
  it("fails with StreamNotFound for an unknown case", async () => {
    const e = await Effect.runPromise(Effect.flip(caseTimeline(memoryStore(), "nope")));
    expect(e._tag).toBe("StreamNotFound");
  });
});
