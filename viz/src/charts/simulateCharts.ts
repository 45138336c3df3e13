/** One replication of a scenario (the comparison's seed) turned into chart data; the Web Worker calls this. */
import { runCaseFlow } from "@sagsflow/simulator/model";
import type { LibraryScenario } from "./compileLibrary";
import { type ScenarioCharts, scenarioCharts } from "./scenarioCharts";

export const simulateCharts = (s: LibraryScenario, seed: number): ScenarioCharts => {
  const run = runCaseFlow(s.params, seed);
  const { staff, levers } = s.params;
  return scenarioCharts({
    id: s.id,
    name: s.name,
    kind: "simulation",
    cases: run.citizens.map((c) => ({ events: c.events, measured: c.measured })),
    from: run.measureFrom,
    to: run.measureTo - 1,
    asOf: run.end,
    staff: { organisation: levers.organisation, ...staff },
  });
};
