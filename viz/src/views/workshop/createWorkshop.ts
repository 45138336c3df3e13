/** Builds the workshop once per page: form, levers, results, board and sweep, restored from the last visit. */
import { createWhatIfPool } from "../../app/whatIfPool";
import { listScenarios } from "../../charts/apiClient";
import { parseRoute } from "../../lib/route";
import { setPresenting } from "../../workshop/presenterMode";
import { MIN_INTERVAL_REPLICATIONS } from "../../workshop/workshopDifference";
import { restoreWorkshop } from "../../workshop/workshopStorage";
import { el } from "../chartFrame";
import { leverSweep } from "../leverSweep";
import { workshopForm } from "../workshopForm";
import { drawBoard, saveToBoard } from "./workshopBoard";
import { rerun } from "./workshopRuns";
import { drawLevers, loadScenario } from "./workshopScenario";
import { setResults, type Workshop } from "./workshopState";

const emptyWorkshop = (host: HTMLElement): Workshop => ({
  host,
  pool: createWhatIfPool(Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))),
  scenario: "",
  saved: null,
  described: undefined,
  overrides: {},
  run: { seed: 1, cases: 1000, replications: MIN_INTERVAL_REPLICATIONS },
  results: {
    state: "idle",
    status: "",
    run: 0,
    settings: {},
    reference: undefined,
    whatIf: undefined,
    firstKpiMs: undefined,
    totalMs: undefined,
  },
  board: [],
  referenceKey: undefined,
  previewReference: undefined,
});

export const createWorkshop = (): Workshop => {
  const host = document.createElement("div");
  host.className = "workshop";
  const w = emptyWorkshop(host);
  // A reload keeps the workshop: board, run settings and (for the same scenario) the levers.
  const stored = restoreWorkshop();
  if (stored !== undefined) {
    w.run = { ...stored.run };
    w.board = [...stored.board];
  }
  const initial = parseRoute(location.hash).comparisonId ?? stored?.scenario ?? "baseline";
  const restoredLevers = (id: string) =>
    stored !== undefined && stored.scenario === id ? stored.overrides : {};
  let first = true;
  void listScenarios().then(
    (list) =>
      workshopForm(host.querySelector(".ws-form") as HTMLElement, list, initial, w.run, {
        scenario: (id, source) => {
          void loadScenario(w, id, source, first ? restoredLevers(id) : {});
          first = false;
        },
        settings: (run) => {
          w.run = run;
          rerun(w);
        },
        save: (name) => saveToBoard(w, name).catch((e: Error) => e.message),
        reset: () => {
          w.overrides = {};
          drawLevers(w);
          rerun(w);
        },
      }),
    (e: Error) => setResults(w, { state: "error", status: e.message }),
  );
  const exit = el(host, "button", "Afslut præsentation (Esc)", "presenter-exit no-print");
  exit.type = "button";
  exit.addEventListener("click", () => setPresenting(false));
  for (const c of [
    "ws-form",
    "ws-levers",
    "ws-timeline-host",
    "ws-results-host",
    "ws-board-host",
    "ws-sweep-host",
  ])
    el(host, "div", undefined, c);
  leverSweep(host.querySelector(".ws-sweep-host") as HTMLElement, () => ({
    pool: w.pool,
    scenario: w.scenario,
    saved: w.saved,
    overrides: w.overrides,
    run: w.run,
  }));
  drawBoard(w);
  return w;
};
