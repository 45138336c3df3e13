import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { runCharts } from "./runCharts";

const small = (id: string) => {
  const loaded = loadScenario(`${LIBRARY_DIR}/${id}.yaml`);
  if (Result.isFailure(loaded)) throw new Error(loaded.failure.message);
  const params = loaded.success.params;
  // A case cap also ends the measurement window early (runCaseFlow), so six months of arrivals stand in for a year.
  return {
    id,
    name: id,
    seed: 1,
    params: { ...params, horizon: { ...params.horizon, weeks: 26 } },
  };
};

describe("chart data from one replication", () => {
  const charts = runCharts(small("baseline"));

  it("sends every measured case through the Sankey from Sygemelding to an end", () => {
    const fromStart = charts.paths
      .filter((l) => l.source === "Sygemelding")
      .reduce((a, l) => a + l.value, 0);
    const ends = ["Job", "Raskmeldt i arbejde", "Anden afslutning", "Åben"];
    const intoEnds = charts.paths
      .filter((l) => ends.includes(l.target))
      .reduce((a, l) => a + l.value, 0);
    expect(fromStart).toBe(charts.cases);
    expect(intoEnds).toBe(charts.cases);
    expect(charts.cases).toBeGreaterThan(100);
  });
  it("collects non-negative waiting times and monthly rettidighed over the measurement year", () => {
    expect(charts.waits.spellDuration.length).toBeGreaterThan(0);
    expect(Math.min(...charts.waits.raskmeldingToVirksomhedsservice)).toBeGreaterThanOrEqual(0);
    expect(charts.rettidighed.map((m) => m.month)).toEqual(
      ["01", "02", "03", "04", "05", "06", "07"].map((m) => `2022-${m}`),
    );
    expect(charts.rettidighed.some((m) => m.all.met + m.all.late > 0)).toBe(true);
  });
  it("gives caseload and a utilization between 0 and 1 per role and month", () => {
    const roles = new Set(charts.capacity.map((m) => m.role));
    expect([...roles].sort()).toEqual(["jobkonsulent", "sagsbehandler", "virksomhedskonsulent"]);
    for (const m of charts.capacity) {
      expect(m.utilization).toBeGreaterThanOrEqual(0);
      // Available time is the expected one (mean sickness share, busy-day meeting time), held minutes are what the
      // desks did: a month with less sickness than average can pass 1 by a few points, never by much.
      expect(m.utilization).toBeLessThanOrEqual(1.1);
    }
    expect(charts.capacity.some((m) => m.caseloadPerFte > 0)).toBe(true);
  });
  it("samples timelines with distinct paths first", () => {
    expect(charts.timelines.length).toBe(8);
    const firstPaths = charts.timelines.map((t) => t.path);
    expect(new Set(firstPaths.slice(0, 2)).size).toBe(2);
  });
  it("is deterministic for a seed", () => {
    expect(JSON.stringify(runCharts(small("baseline")))).toBe(JSON.stringify(charts));
  });
});
