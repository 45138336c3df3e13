/**
 * `measure`: every catalog KPI of a set of cases over a window, the one function history and simulation share.
 * A KPI with no observations is null (JSON has no NaN) with n 0.
 */
import { type CaseKpiId, type KpiId, kpiCatalog, kpiIds, type ResourceKpiId } from "./kpiCatalog";
import type { Horizon, KpiValue } from "./kpis";
import type { CaseSummary } from "./summarizeCase";

/** One measurement of a KPI: null where it is undefined (no observations), never NaN. */
export interface KpiObservation {
  readonly value: number | null;
  readonly n: number;
}

export type KpiObservations = Readonly<Record<KpiId, KpiObservation>>;

export interface MeasureOptions {
  /** The measured cohort; default the cases whose first absence day is in the horizon. */
  readonly cohort?: ReadonlyArray<CaseSummary>;
  /** Desk and market KPIs (the simulator's); default null with n 0, as in a case history. */
  readonly resources?: Readonly<Record<ResourceKpiId, KpiObservation>>;
}

const observation = (k: KpiValue): KpiObservation =>
  Number.isFinite(k.value) ? { value: k.value, n: k.n } : { value: null, n: 0 };

const unmeasured: KpiObservation = { value: null, n: 0 };

const isCaseKpi = (id: KpiId): id is CaseKpiId => kpiCatalog[id].measuredFrom === "cases";

/**
 * @example measure(summaries, { from: toEpochDay("2024-01-01"), to: toEpochDay("2024-12-31") }).rettidighed
 */
export const measure = (
  cases: ReadonlyArray<CaseSummary>,
  horizon: Horizon,
  options: MeasureOptions = {},
): KpiObservations => {
  const cohort =
    options.cohort ??
    cases.filter((c) => c.firstAbsenceDay >= horizon.from && c.firstAbsenceDay <= horizon.to);
  const m = { cases, cohort, horizon };
  const out = {} as Record<KpiId, KpiObservation>;
  for (const id of kpiIds)
    out[id] = isCaseKpi(id)
      ? observation(kpiCatalog[id].formula(m))
      : (options.resources?.[id] ?? unmeasured);
  return out;
};
