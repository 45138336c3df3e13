/** The workshop's API calls: save a lever setting as a variant, read a saved scenario, run a large what-if. */
import type { KpiSummaries } from "@sagsflow/simulator/model";
import { getComparison, getJson } from "../charts/apiClient";
import { type LeverOverrides, variantYaml } from "../workshop/leverSettings";

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

/** A stable id for a lever setting, so a repeated large run reuses its saved variant. */
const settingId = (scenario: string, overrides: LeverOverrides): string => {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify([scenario, overrides]))
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `workshop-${h.toString(16)}`;
};

/**
 * A what-if too large for the browser: the setting is saved as a variant (the API takes no overrides on runs), then
 * `POST /api/comparisons` runs it, polled until done; `onProgress` gets finished and total replications.
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
  const id = settingId(scenario, overrides);
  if (changed)
    await saveVariant(
      variantYaml({ id, name: `Workshop: ${id}`, base: scenario, overrides }),
    ).catch((e: Error) => {
      // 409: the same setting was saved by an earlier run.
      if (!e.message.startsWith("409")) throw e;
    });
  const started = (await getJson("/api/comparisons", {
    method: "POST",
    body: JSON.stringify({ baseline: scenario, variants: changed ? [id] : [], ...run }),
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
