import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLibrary, resolveRelative, ScenarioUnavailable } from "./compileLibrary";
import { simulateCharts } from "./simulateCharts";

const dir = join(import.meta.dirname, "../../../scenarios/library");
const texts = Object.fromEntries(
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [f.split(sep).join("/"), readFileSync(join(dir, f), "utf8")]),
);

const small = (id: string) => {
  const lib = compileLibrary(id, texts);
  if (lib instanceof ScenarioUnavailable) throw new Error(lib.message);
  // A case cap also ends the measurement window early (runCaseFlow), so six months of arrivals stand in for a year.
  return { ...lib, params: { ...lib.params, horizon: { ...lib.params.horizon, weeks: 26 } } };
};

describe("chart data from one replication", () => {
  const charts = simulateCharts(small("baseline"), 1);

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
      expect(m.utilization).toBeLessThanOrEqual(1.05);
    }
    expect(charts.capacity.some((m) => m.caseloadPerFte > 0)).toBe(true);
  });
  it("samples timelines with distinct paths first", () => {
    expect(charts.timelines.length).toBe(8);
    const firstPaths = charts.timelines.map((t) => t.path);
    expect(new Set(firstPaths.slice(0, 2)).size).toBe(2);
  });
  it("is deterministic for a seed", () => {
    expect(JSON.stringify(simulateCharts(small("baseline"), 1))).toBe(JSON.stringify(charts));
  });
  it("compiles every library scenario, including those in subfolders extending ../baseline.yaml", () => {
    // index.yaml lists the families and has no id of its own.
    const ids = Object.values(texts).flatMap((t) => /^id:\s*(\S+)/m.exec(t)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) expect(compileLibrary(id, texts)).not.toBeInstanceOf(ScenarioUnavailable);
  });
  it("resolves extends relative to the naming file", () => {
    expect(resolveRelative("skanderborg/recovery.yaml", "crisis.yaml")).toBe(
      "skanderborg/crisis.yaml",
    );
    expect(resolveRelative("skanderborg/crisis.yaml", "../baseline.yaml")).toBe("baseline.yaml");
  });
  it("names an unknown scenario instead of throwing", () => {
    const r = compileLibrary("findes-ikke", texts);
    expect(r).toBeInstanceOf(ScenarioUnavailable);
    expect((r as ScenarioUnavailable).message).toMatch(/findes-ikke/);
  });
});
