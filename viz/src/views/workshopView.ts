/**
 * Workshop (issue 12): levers for a library or saved scenario, a live re-run in Web Workers as a lever moves (KPIs
 * stream in per replication), large runs sent to the API, and a scenario board of saved variants.
 */
import {
  type Described,
  createWhatIfPool,
  type WhatIfPool,
  type WhatIfUpdate,
} from "../app/whatIfPool";
import { getScenario, runInApi, saveVariant } from "../app/workshopApi";
import { getJson, listScenarios } from "../charts/apiClient";
import { formatNumber } from "../lib/formatDa";
import { formatRoute, parseRoute } from "../lib/route";
import { type LeverOverrides, setOverride, slugOf, variantYaml } from "../workshop/leverSettings";
import type { LeverValue } from "../workshop/leverSpecs";
import { paramLabel } from "../lib/paramLabels";
import { MIN_INTERVAL_REPLICATIONS } from "../workshop/workshopDifference";
import { setPresenting } from "../workshop/presenterMode";
import { persistWorkshop, restoreWorkshop } from "../workshop/workshopStorage";
import type { SavedText } from "../worker/workshopProtocol";
import { el } from "./chartFrame";
import { addExportTools } from "./exportTools";
import { leverPanel } from "./leverPanel";
import { leverSweep } from "./leverSweep";
import { BOARD_MAX, type BoardEntry, scenarioBoard } from "./scenarioBoard";
import type { View } from "./viewContext";
import { type ResultsState, workshopResults } from "./workshopResults";
import { workshopForm } from "./workshopForm";

/** Above this many simulated cases (cases × replications) the run goes to the API instead of the browser. */
export const BROWSER_WORK_LIMIT = 12_000;

interface Workshop {
  readonly host: HTMLElement;
  readonly pool: WhatIfPool;
  scenario: string;
  saved: SavedText | null;
  described: Described | undefined;
  overrides: LeverOverrides;
  run: { seed: number; cases: number; replications: number };
  results: ResultsState;
  board: BoardEntry[];
  /** Scenario and run settings of the reference run in flight or done. */
  referenceKey: string | undefined;
}

let ws: Workshop | undefined;

const persist = (w: Workshop): void =>
  persistWorkshop({ scenario: w.scenario, overrides: w.overrides, run: w.run, board: w.board });

const parts = (w: Workshop) => ({
  levers: w.host.querySelector(".ws-levers") as HTMLElement,
  results: w.host.querySelector(".ws-results-host") as HTMLElement,
  board: w.host.querySelector(".ws-board-host") as HTMLElement,
});

const drawResults = (w: Workshop): void => {
  const host = parts(w).results;
  host.replaceChildren();
  workshopResults(host, w.results);
  addExportTools(host);
};

const setResults = (w: Workshop, patch: Partial<ResultsState>): void => {
  w.results = { ...w.results, ...patch };
  drawResults(w);
};

/** The board's label of a setting, in the levers' Danish names: "CV-uge: 8, Jobkonsulenter: 5,0". */
const describeSettings = (overrides: LeverOverrides): string =>
  Object.entries(overrides)
    .map(
      ([k, v]) =>
        `${paramLabel(k)}: ${v === null ? "slået fra" : typeof v === "number" ? formatNumber(v) : String(v)}`,
    )
    .join(", ") || "uændret";

const runApi = (w: Workshop, run: number): void => {
  setResults(w, {
    state: "running",
    status: "Stor kørsel: sendt til API …",
    run,
    settings: w.overrides,
    whatIfReps: undefined,
  });
  persist(w);
  runInApi({ scenario: w.scenario, overrides: w.overrides, ...w.run }, (done, total) => {
    if (w.results.run === run) setResults(w, { status: `API: ${done} af ${total} replikationer` });
  }).then(
    (kpis) =>
      w.results.run === run &&
      setResults(w, { state: "done", status: "Færdig (API).", whatIf: kpis }),
    (e: Error) => w.results.run === run && setResults(w, { state: "error", status: e.message }),
  );
};

/** Shows one update of the what-if run `run` (dropped when a newer run has started). */
const showUpdate = (w: Workshop, run: number, u: WhatIfUpdate): void => {
  if (w.results.run !== run) return;
  const done = u.done === u.total;
  setResults(w, {
    state: done ? "done" : "running",
    status: done
      ? `Færdig: ${u.total} replikationer à ${formatNumber(w.run.cases)} sager på ${formatNumber(Math.round(u.elapsedMs))} ms.`
      : `Kører … ${u.done} af ${u.total} replikationer`,
    whatIf: u.kpis,
    whatIfReps: u.replications,
    firstKpiMs: w.results.firstKpiMs ?? u.elapsedMs,
    ...(done ? { totalMs: u.elapsedMs } : {}),
  });
};

const referenceKey = (w: Workshop): string =>
  JSON.stringify([w.scenario, w.saved?.id ?? null, w.run]);

/**
 * The scenario's own run with the current run settings: the udgangspunkt every what-if is read against. It runs on
 * its own channel of the pool, so moving a lever does not cancel it; with no lever moved it is the what-if too.
 */
const startReference = (w: Workshop): void => {
  const key = referenceKey(w);
  if (w.referenceKey === key) return;
  w.referenceKey = key;
  setResults(w, { reference: undefined, referenceReps: undefined });
  w.pool.run(
    { scenario: w.scenario, saved: w.saved, overrides: {}, ...w.run },
    "reference",
    (u) => {
      if (w.referenceKey !== key) return;
      if (Object.keys(w.results.settings).length === 0) showUpdate(w, w.results.run, u);
      setResults(w, { reference: u.kpis, referenceReps: u.replications });
    },
    (message) => setResults(w, { state: "error", status: message }),
  );
};

/** Starts a re-run with the current settings; the results of an older run are dropped. */
const rerun = (w: Workshop): void => {
  const run = w.results.run + 1;
  if (w.run.cases * w.run.replications > BROWSER_WORK_LIMIT) {
    runApi(w, run);
    return;
  }
  setResults(w, {
    state: "running",
    status: "Kører i browseren …",
    run,
    settings: w.overrides,
    whatIf: undefined,
    firstKpiMs: undefined,
    totalMs: undefined,
    whatIfReps: undefined,
  });
  persist(w);
  const fresh = w.referenceKey !== referenceKey(w);
  startReference(w);
  if (Object.keys(w.overrides).length === 0) {
    // No lever moved: the what-if is the reference run, finished or streaming in.
    if (!fresh && w.results.reference !== undefined)
      setResults(w, {
        state: "done",
        status: "Udgangspunktet (ingen håndtag flyttet).",
        whatIf: w.results.reference,
        whatIfReps: w.results.referenceReps,
      });
    return;
  }
  w.pool.run(
    { scenario: w.scenario, saved: w.saved, overrides: w.overrides, ...w.run },
    "whatif",
    (u) => showUpdate(w, run, u),
    (message) => setResults(w, { state: "error", status: message }),
  );
};

const drawLevers = (w: Workshop): void => {
  const host = parts(w).levers;
  host.replaceChildren();
  if (w.described === undefined) return;
  leverPanel(host, {
    params: w.described.params,
    estimates: w.described.estimates,
    overrides: w.overrides,
    onChange: (path: string, value: LeverValue) => {
      w.overrides = setOverride(w.overrides, w.described?.params, path, value);
      // Toggles change which controls are enabled; a slider keeps its element so dragging is not interrupted.
      if (typeof value !== "number") drawLevers(w);
      rerun(w);
    },
  });
};

/** Loads a library or saved scenario: its lever values and ranges, then its own run as the reference. */
const loadScenario = async (
  w: Workshop,
  id: string,
  source: string,
  overrides: LeverOverrides = {},
): Promise<void> => {
  w.scenario = id;
  w.overrides = {};
  setResults(w, {
    state: "running",
    status: `Indlæser ${id} …`,
    reference: undefined,
    whatIf: undefined,
  });
  try {
    w.saved = source === "saved" ? { id, yaml: (await getScenario(id)).yaml } : null;
    w.described = await w.pool.describe({ scenario: id, saved: w.saved, overrides: {} });
  } catch (e) {
    return setResults(w, { state: "error", status: (e as Error).message });
  }
  drawLevers(w);
  rerun(w);
  // A restored setting is run after the scenario's own run, which stays the reference.
  if (Object.keys(overrides).length > 0) {
    w.overrides = overrides;
    drawLevers(w);
    rerun(w);
  }
};

const saveToBoard = async (w: Workshop, name: string): Promise<string> => {
  if (w.board.length >= BOARD_MAX)
    return `Tavlen har allerede ${BOARD_MAX} varianter; fjern en først.`;
  if (w.results.state !== "done" || w.results.whatIf === undefined)
    return "Vent til kørslen er færdig.";
  const id = slugOf(name);
  if (id === "") return "Giv varianten et navn.";
  const base = w.saved?.id ?? w.scenario;
  // The numbers on the board and their label come from the same run: the settings that run was started with.
  const { settings, whatIf } = w.results;
  const saved = await saveVariant(variantYaml({ id, name, base, overrides: settings }));
  w.board.push({ id: saved.id, name, settings: describeSettings(settings), kpis: whatIf });
  drawBoard(w);
  persist(w);
  return `Gemt som ${saved.id}.`;
};

const compareInApi = async (w: Workshop): Promise<void> => {
  const { id } = (await getJson("/api/comparisons", {
    method: "POST",
    body: JSON.stringify({ baseline: w.scenario, variants: w.board.map((e) => e.id), ...w.run }),
  })) as { id: string };
  location.hash = formatRoute({ view: "sammenligning", comparisonId: id });
};

const drawBoard = (w: Workshop): void => {
  const host = parts(w).board;
  host.replaceChildren();
  scenarioBoard(host, w.board, {
    remove: (id) => {
      w.board = w.board.filter((e) => e.id !== id);
      drawBoard(w);
      persist(w);
    },
    compareInApi: () =>
      void compareInApi(w).catch((e: Error) => setResults(w, { status: e.message })),
  });
  addExportTools(host);
};

const create = (): Workshop => {
  const host = document.createElement("div");
  host.className = "workshop";
  const w: Workshop = {
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
  };
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
  for (const c of ["ws-form", "ws-levers", "ws-results-host", "ws-board-host", "ws-sweep-host"])
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

/**
 * The view keeps one workshop for the page's life: leaving and coming back keeps levers, results and board.
 * `#/workshop/<scenario>` is a permalink: a new scenario in the hash loads that scenario.
 */
export const workshopView: View = (root) => {
  const routed = parseRoute(location.hash).comparisonId;
  if (ws === undefined) ws = create();
  else if (routed !== undefined && routed !== ws.scenario) {
    const select = ws.host.querySelector<HTMLSelectElement>("#ws-scenario");
    if (select !== null) select.value = routed;
    const source = select?.selectedOptions[0]?.dataset.source ?? "library";
    void loadScenario(ws, routed, source);
  }
  root.append(ws.host);
};
