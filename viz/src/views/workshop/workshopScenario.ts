/** Loading a scenario into the workshop and drawing its levers; a lever move starts a re-run. */
import { getScenario } from "../../app/workshopApi";
import { type LeverOverrides, setOverride } from "../../workshop/leverSettings";
import type { LeverValue } from "../../workshop/leverSpecs";
import { leverPanel } from "../leverPanel";
import { scheduleTimelineChart } from "./scheduleTimelineChart";
import { rerun } from "./workshopRuns";
import { parts, setResults, type Workshop } from "./workshopState";

export const drawLevers = (w: Workshop): void => {
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
export const loadScenario = async (
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
    preliminary: undefined,
  });
  try {
    w.saved = source === "saved" ? { id, yaml: (await getScenario(id)).yaml } : null;
    w.described = await w.pool.describe({ scenario: id, saved: w.saved, overrides: {} });
  } catch (e) {
    return setResults(w, { state: "error", status: (e as Error).message });
  }
  drawLevers(w);
  scheduleTimelineChart(parts(w).timeline, w.described.params);
  rerun(w);
  // A restored setting is run after the scenario's own run, which stays the reference.
  if (Object.keys(overrides).length > 0) {
    w.overrides = overrides;
    drawLevers(w);
    rerun(w);
  }
};
