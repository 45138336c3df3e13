/** Messages between the dashboard and its charts worker. */
import type { ModelParams } from "@sagsflow/simulator/model";
import type { ScenarioCharts } from "../charts/scenarioCharts";

export interface ChartsRequest {
  readonly requestId: number;
  readonly scenarios: ReadonlyArray<string>;
  readonly seed: number;
  /** The comparison's cap on measured cases (`cases`), applied as the API applies it; null for none. */
  readonly cases: number | null;
}

export type ChartsReply =
  | {
      readonly requestId: number;
      readonly scenario: string;
      readonly charts: ScenarioCharts;
      readonly params: ModelParams;
    }
  | { readonly requestId: number; readonly scenario: string; readonly error: string };
