/**
 * Chart data of one scenario from replication 0 of a comparison (the dashboard's Sankey, waiting-time distributions,
 * monthly rettidighed, capacity and sample cases), built by the domain's chart projections that also measure history.
 * The dashboard's only chart-data source (`GET /api/comparisons/{id}/charts`); it never re-runs a simulation itself.
 */
import { type ScenarioCharts, scenarioCharts } from "@sagsflow/domain";
import { type ModelParams, replicationSeed, runCaseFlow } from "@sagsflow/simulator/model";

export interface RunChartsInput {
  readonly id: string;
  readonly name: string;
  readonly params: ModelParams;
  /** The comparison's base seed; replication 0 is run with the same derived seed as the comparison's. */
  readonly seed: number;
}

export const runCharts = ({ id, name, params, seed }: RunChartsInput): ScenarioCharts => {
  const run = runCaseFlow(params, replicationSeed(seed, 0));
  const { staff, levers } = params;
  return scenarioCharts({
    id,
    name,
    kind: "simulation",
    cases: run.citizens.map((c) => ({ events: c.events, measured: c.measured })),
    from: run.measureFrom,
    to: run.measureTo - 1,
    asOf: run.end,
    staff: { organisation: levers.organisation, ...staff },
  });
};
