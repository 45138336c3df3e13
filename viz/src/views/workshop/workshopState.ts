/** The workshop's state for the page's life and the few helpers every part of it uses to show that state. */
import type { Described, WhatIfPool } from "../../app/whatIfPool";
import type { LeverOverrides } from "../../workshop/leverSettings";
import { persistWorkshop } from "../../workshop/workshopStorage";
import type { ReplicationKpis } from "@sagsflow/simulator/model";
import type { SavedText } from "../../worker/workshopProtocol";
import { addExportTools } from "../exportTools";
import type { BoardEntry } from "../scenarioBoard";
import { type ResultsState, workshopResults } from "../workshopResults";

export interface Workshop {
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
  /** The udgangspunkt's own small run that a foreløbig what-if is paired with (same scenario, seed and size). */
  previewReference:
    | { key: string; reps: ReadonlyArray<ReplicationKpis | undefined> | undefined }
    | undefined;
}

export const persist = (w: Workshop): void =>
  persistWorkshop({ scenario: w.scenario, overrides: w.overrides, run: w.run, board: w.board });

export const parts = (w: Workshop) => ({
  levers: w.host.querySelector(".ws-levers") as HTMLElement,
  timeline: w.host.querySelector(".ws-timeline-host") as HTMLElement,
  results: w.host.querySelector(".ws-results-host") as HTMLElement,
  board: w.host.querySelector(".ws-board-host") as HTMLElement,
});

const drawResults = (w: Workshop): void => {
  const host = parts(w).results;
  host.replaceChildren();
  workshopResults(host, w.results);
  addExportTools(host);
};

export const setResults = (w: Workshop, patch: Partial<ResultsState>): void => {
  w.results = { ...w.results, ...patch };
  drawResults(w);
};
