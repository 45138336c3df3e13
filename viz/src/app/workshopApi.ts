/** The workshop's API calls: save a lever setting as a variant, read a saved scenario, run a large what-if. */
import type { KpiSummaries } from "@sagsflow/simulator/model";
import { getComparison, getJson } from "../charts/apiClient";
import type { LeverOverrides } from "../workshop/leverSettings";

export interface ScenarioDetail {
  readonly id: string;
  readonly name: string;
  readonly source: "library" | "saved";
  readonly version: number;
  readonly yaml: string;
}

export const saveVariant = async (yaml: string): Promise<ScenarioDetail> =>
  (await getJson("/api/scenarios", {
    method: "POST",
    body: JSON.stringify({ yaml }),
  })) as ScenarioDetail;

export const getScenario = async (id: string): Promise<ScenarioDetail> =>
  (await getJson(`/api/scenarios/${encodeURIComponent(id)}`)) as ScenarioDetail;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A what-if too large for the browser: `POST /api/comparisons` with the lever settings as overrides of the scenario
 * (nothing is saved in the scenario library), polled until done; `onProgress` gets finished and total replications.
 */
export const runInApi = async (
  body: {
    readonly scenario: string;
    readonly overrides: LeverOverrides;
    readonly seed: number;
    readonly replications: number;
    readonly cases: number;
  },
  onProgress: (done: number, total: number) => void,
): Promise<KpiSummaries> => {
  const { scenario, overrides, ...run } = body;
  const changed = Object.keys(overrides).length > 0;
  const started = (await getJson("/api/comparisons", {
    method: "POST",
    body: JSON.stringify({
      baseline: scenario,
      variants: changed ? [{ scenario, label: "Hvad nu hvis", overrides }] : [],
      ...run,
    }),
  })) as { id: string };
  for (;;) {
    const s = await getComparison(started.id);
    if (s.status === "completed" && s.comparison !== undefined)
      return (s.comparison.variants[0]?.kpis ?? s.comparison.baseline.kpis) as KpiSummaries;
    if (s.status !== "running" && s.status !== "queued")
      throw new Error(`API-kørslen endte med status ${s.status}${s.reason ? `: ${s.reason}` : ""}`);
    if (s.progress !== undefined) onProgress(s.progress.done, s.progress.total);
    await sleep(400);
  }
};
