/** What every view draws from: the comparison from the API and the per-scenario chart data, both from the API. */
import type { ModelParams } from "@sagsflow/simulator/model";
import type { RettidighedMonth, ScenarioCharts } from "@sagsflow/domain";
import type { Comparison } from "../lib/comparison";

export interface ViewContext {
  readonly comparisonId: string | undefined;
  readonly comparison: Comparison | undefined;
  /** Display label per scenario id (from the API, else the id). */
  readonly labels: Readonly<Record<string, string>>;
  /** Scenario family per scenario id (a municipality, or "basis"): differences across families are not paired. */
  readonly families: Readonly<Record<string, string>>;
  /** The question a scenario answers (its family's), per scenario id. */
  readonly questions: Readonly<Record<string, string>>;
  /** Baseline first, then variants (`GET /api/comparisons/{id}/charts`). */
  readonly charts: ReadonlyArray<ScenarioCharts>;
  readonly params: Readonly<Record<string, ModelParams>>;
  /** Historical chart data, when the API serves it. */
  readonly history: ScenarioCharts | undefined;
  /** Monthly rettidighed of the imported history (`GET /api/history/kpis`), when there is any. */
  readonly historyRettidighed: ReadonlyArray<RettidighedMonth> | undefined;
  readonly problems: ReadonlyArray<string>;
}

export type View = (root: HTMLElement, ctx: ViewContext) => void;

/** Scenario ids of the comparison, baseline first. */
export const scenarioIds = (ctx: ViewContext): ReadonlyArray<string> =>
  ctx.comparison === undefined
    ? []
    : [ctx.comparison.baseline.scenario, ...ctx.comparison.variants.map((v) => v.scenario)];

export const labelOf = (ctx: ViewContext, id: string): string => ctx.labels[id] ?? id;

/** Chart series in drawing order: history (grey) when present, then the scenarios in their palette colours. */
export const chartSeries = (
  ctx: ViewContext,
  colorOf: (i: number) => string,
  historyColor: string,
): ReadonlyArray<{
  readonly charts: ScenarioCharts;
  readonly name: string;
  readonly color: string;
}> => {
  const ids = scenarioIds(ctx);
  const sims = ctx.charts.map((c) => ({
    charts: c,
    name: labelOf(ctx, c.id),
    color: colorOf(Math.max(0, ids.indexOf(c.id))),
  }));
  return ctx.history === undefined
    ? sims
    : [{ charts: ctx.history, name: "Historik", color: historyColor }, ...sims];
};

/** The note every chart view shows while the chart data is on its way. */
export const waitingNote = (ctx: ViewContext): string | undefined => {
  if (ctx.comparison === undefined) return "Ingen sammenligning valgt endnu.";
  if (ctx.charts.length === 0) return "Henter diagramdata (første gang beregnes de på serveren) …";
  return undefined;
};
