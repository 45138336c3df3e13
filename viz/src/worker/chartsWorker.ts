/** Web Worker: compiles the comparison's scenarios and runs replication 0 of each (same seed as the API's), off the UI thread. */
import { compileLibrary, ScenarioUnavailable } from "../charts/compileLibrary";
import { scenarioTexts } from "../charts/scenarioTexts";
import { replicationSeed } from "@sagsflow/simulator/model";
import { simulateCharts } from "../charts/simulateCharts";
import type { ChartsReply, ChartsRequest } from "./chartsProtocol";

self.onmessage = (msg: MessageEvent<ChartsRequest>) => {
  const { requestId, scenarios, seed } = msg.data;
  for (const id of scenarios) {
    const lib = compileLibrary(id, scenarioTexts);
    const reply: ChartsReply =
      lib instanceof ScenarioUnavailable
        ? { requestId, scenario: id, error: lib.message }
        : {
            requestId,
            scenario: id,
            charts: simulateCharts(lib, replicationSeed(seed, 0)),
            params: lib.params,
          };
    self.postMessage(reply);
  }
};
