/** Web Worker: compiles the comparison's scenarios and runs replication 0 of each (same seed as the API's), off the UI thread. */
import {
  compileLibrary,
  type LibraryScenario,
  ScenarioUnavailable,
} from "../charts/compileLibrary";
import { scenarioTexts } from "../charts/scenarioTexts";
import { replicationSeed } from "@sagsflow/simulator/model";
import { simulateCharts } from "../charts/simulateCharts";
import type { ChartsReply, ChartsRequest } from "./chartsProtocol";

/** The comparison's case cap, set on the horizon as the API sets it, so replication 0 here is replication 0 there. */
const withCases = (lib: LibraryScenario, cases: number | null): LibraryScenario =>
  cases === null
    ? lib
    : { ...lib, params: { ...lib.params, horizon: { ...lib.params.horizon, maxCases: cases } } };

self.onmessage = (msg: MessageEvent<ChartsRequest>) => {
  const { requestId, scenarios, seed, cases } = msg.data;
  for (const id of scenarios) {
    const lib = compileLibrary(id, scenarioTexts);
    const reply: ChartsReply =
      lib instanceof ScenarioUnavailable
        ? { requestId, scenario: id, error: lib.message }
        : {
            requestId,
            scenario: id,
            charts: simulateCharts(withCases(lib, cases), replicationSeed(seed, 0)),
            params: lib.params,
          };
    self.postMessage(reply);
  }
};
