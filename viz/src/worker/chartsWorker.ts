/** Web Worker: compiles the comparison's scenarios and runs one replication each, off the UI thread. */
import { compileLibrary, ScenarioUnavailable } from "../charts/compileLibrary";
import { scenarioTexts } from "../charts/scenarioTexts";
import { simulateCharts } from "../charts/simulateCharts";
import type { ChartsReply, ChartsRequest } from "./chartsProtocol";

self.onmessage = (msg: MessageEvent<ChartsRequest>) => {
  const { requestId, scenarios, seed } = msg.data;
  for (const id of scenarios) {
    const lib = compileLibrary(id, scenarioTexts);
    const reply: ChartsReply =
      lib instanceof ScenarioUnavailable
        ? { requestId, scenario: id, error: lib.message }
        : { requestId, scenario: id, charts: simulateCharts(lib, seed), params: lib.params };
    self.postMessage(reply);
  }
};
