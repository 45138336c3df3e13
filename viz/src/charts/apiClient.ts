/** The dashboard's only HTTP: same-origin calls to the sagsflow API (docs/api.md). Failures come back as messages. */
import { type Comparison, ComparisonUnreadable, readComparison } from "../lib/comparison";
import { keyedComparison } from "../lib/runKeys";
import type { MonthShare, RettidighedMonth, ScenarioCharts } from "@sagsflow/domain";
import type { ModelParams } from "@sagsflow/simulator/model";

export interface ScenarioListItem {
  readonly id: string;
  readonly name: string;
  readonly extends: string | null;
  readonly family?: string | null;
  readonly question?: string | null;
  /** Shipped with sagsflow or saved through the API (older servers omit it: library). */
  readonly source?: "library" | "saved";
}

export interface ComparisonStatus {
  readonly id: string;
  readonly status: string;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly comparison?: Comparison;
  readonly labels: Readonly<Record<string, string>>;
  /** Scenario id behind each run's key (lib/runKeys.ts): differs only for overrides of one scenario. */
  readonly scenarioOf: Readonly<Record<string, string>>;
  readonly reason?: string;
}

export class ApiUnavailable {
  readonly _tag = "ApiUnavailable";
  constructor(readonly message: string) {}
}

export const getJson = async (path: string, init?: RequestInit): Promise<unknown> => {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { accept: "application/json", "content-type": "application/json" },
    });
  } catch {
    throw new ApiUnavailable(`Serveren svarer ikke (${path}).`);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const detail =
      (body as { detail?: string; title?: string } | undefined)?.detail ??
      (body as { title?: string } | undefined)?.title;
    throw new ApiUnavailable(`${res.status} ${detail ?? res.statusText} (${path})`);
  }
  return body;
};

export const listScenarios = async (): Promise<ReadonlyArray<ScenarioListItem>> =>
  (await getJson("/api/scenarios")) as ReadonlyArray<ScenarioListItem>;

export interface RunSummary {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly createdAt: string;
}

/** Stored runs without their results (`GET /api/comparisons`). */
export const listComparisons = async (): Promise<ReadonlyArray<RunSummary>> =>
  (await getJson("/api/comparisons")) as ReadonlyArray<RunSummary>;

/** Starts a comparison; resolves with its id (the server answers 202 at once). */
export const startComparison = async (body: {
  baseline: string;
  variants: ReadonlyArray<string>;
  seed: number;
  replications: number;
}): Promise<string> =>
  (
    (await getJson("/api/comparisons", { method: "POST", body: JSON.stringify(body) })) as {
      id: string;
    }
  ).id;

const labelsOf = (result: unknown): Record<string, string> => {
  const r = result as {
    baseline?: { scenario: string; label?: string };
    variants?: Array<{ scenario: string; label?: string }>;
  };
  const all = [r.baseline, ...(r.variants ?? [])].filter((s) => s !== undefined);
  // A label equal to the id says nothing; the scenario list's name is shown instead.
  return Object.fromEntries(
    all
      .filter((s) => typeof s.label === "string" && s.label !== s.scenario)
      .map((s) => [s.scenario, s.label as string]),
  );
};

export const getComparison = async (id: string): Promise<ComparisonStatus> => {
  const view = (await getJson(`/api/comparisons/${encodeURIComponent(id)}`)) as {
    id: string;
    status: string;
    progress?: { done: number; total: number };
    result?: unknown;
    reason?: string;
  };
  const keyed = view.result === undefined ? undefined : keyedComparison(view.result);
  const parsed = keyed === undefined ? undefined : readComparison(keyed.result);
  if (parsed instanceof ComparisonUnreadable) throw new ApiUnavailable(parsed.message);
  return {
    id: view.id,
    status: view.status,
    labels: keyed === undefined ? {} : labelsOf(keyed.result),
    scenarioOf: keyed?.scenarioOf ?? {},
    ...(view.progress === undefined ? {} : { progress: view.progress }),
    ...(parsed === undefined ? {} : { comparison: parsed }),
    ...(view.reason === undefined ? {} : { reason: view.reason }),
  };
};

/** Monthly rettidighed of the imported history (`GET /api/history/kpis`), or undefined when none is stored. */
export const getHistoryRettidighed = async (): Promise<
  ReadonlyArray<RettidighedMonth> | undefined
> => {
  const report = (await getJson("/api/history/kpis").catch(() => undefined)) as
    | {
        cases: number;
        monthly: ReadonlyArray<{
          month: string;
          rettidighed: MonthShare;
          rettidighedByRule: Record<string, MonthShare>;
        }>;
      }
    | undefined;
  if (report === undefined || report.cases === 0) return undefined;
  return report.monthly.map((m) => ({
    month: m.month,
    all: { met: m.rettidighed.met, late: m.rettidighed.late },
    byRule: Object.fromEntries(
      Object.entries(m.rettidighedByRule).map(([k, r]) => [k, { met: r.met, late: r.late }]),
    ),
  }));
};

export interface ComparisonCharts {
  readonly scenarios: ReadonlyArray<{
    readonly scenario: string;
    readonly label: string;
    readonly params: ModelParams;
    readonly charts: ScenarioCharts;
  }>;
}

/** Chart data of a finished comparison (`GET /api/comparisons/{id}/charts`), computed once per run on the server. */
export const getCharts = async (id: string): Promise<ComparisonCharts> =>
  (await getJson(`/api/comparisons/${encodeURIComponent(id)}/charts`)) as ComparisonCharts;
