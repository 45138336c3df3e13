/**
 * Workshop (issue 12, 23): levers for a library or saved scenario, a live re-run in Web Workers as a lever moves (a
 * foreløbig estimate first, then KPIs streaming in per replication), large runs sent to the API, and a scenario board
 * of saved variants. The parts live in ./workshop/.
 */
import { parseRoute } from "../lib/route";
import type { View } from "./viewContext";
import { createWorkshop } from "./workshop/createWorkshop";
import { loadScenario } from "./workshop/workshopScenario";
import type { Workshop } from "./workshop/workshopState";

let ws: Workshop | undefined;

/**
 * The view keeps one workshop for the page's life: leaving and coming back keeps levers, results and board.
 * `#/workshop/<scenario>` is a permalink: a new scenario in the hash loads that scenario.
 */
export const workshopView: View = (root) => {
  const routed = parseRoute(location.hash).comparisonId;
  if (ws === undefined) ws = createWorkshop();
  else if (routed !== undefined && routed !== ws.scenario) {
    const select = ws.host.querySelector<HTMLSelectElement>("#ws-scenario");
    if (select !== null) select.value = routed;
    const source = select?.selectedOptions[0]?.dataset.source ?? "library";
    void loadScenario(ws, routed, source);
  }
  root.append(ws.host);
};
