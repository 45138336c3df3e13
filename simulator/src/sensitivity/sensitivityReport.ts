/** The sensitivity report (a JSON contract, schemaVersion 1) assembled from the plan and one difference per case. */
import { rankCorrelation } from "./rankCorrelation";
import type { SensitivityPlan } from "./sensitivityPlan";
import { type DifferenceEstimate, signStableShare } from "./signStableShare";

export const SENSITIVITY_SCHEMA_VERSION = 1;

export interface SensitivityReport {
  readonly schemaVersion: number;
  readonly scenario: string;
  readonly kpi: string;
  readonly seed: number;
  readonly base: DifferenceEstimate;
  readonly oneAtATime: ReadonlyArray<{
    readonly parameter: string;
    readonly low: number;
    readonly high: number;
    readonly atLow: DifferenceEstimate;
    readonly atHigh: DifferenceEstimate;
  }>;
  readonly lhs: {
    readonly samples: number;
    readonly signStableShare: number;
    readonly rankCorrelation: ReadonlyArray<{
      readonly parameter: string;
      readonly rho: number | null;
    }>;
  };
}

/** `differences` in `planCases` order. One-at-a-time rows are ranked by the swing |atHigh - atLow|, largest first. */
export const sensitivityReport = (
  meta: { readonly scenario: string; readonly kpi: string; readonly seed: number },
  plan: SensitivityPlan,
  differences: ReadonlyArray<DifferenceEstimate>,
): SensitivityReport => {
  const at = (i: number): DifferenceEstimate => differences[i] ?? { mean: null, ci95: null };
  const k = plan.parameters.length;
  const lhs = plan.lhs.map((_, s) => at(1 + 2 * k + s));
  const swing = (r: { atLow: DifferenceEstimate; atHigh: DifferenceEstimate }) =>
    r.atLow.mean === null || r.atHigh.mean === null ? -1 : Math.abs(r.atHigh.mean - r.atLow.mean);
  const oneAtATime = plan.parameters
    .map((p, i) => ({
      parameter: p.path,
      low: p.low,
      high: p.high,
      atLow: at(1 + 2 * i),
      atHigh: at(2 + 2 * i),
    }))
    .sort((a, b) => swing(b) - swing(a) || (a.parameter < b.parameter ? -1 : 1));
  const rho = plan.parameters.map((p, i) => ({
    parameter: p.path,
    rho: rankCorrelation(
      plan.lhsValues.map((row) => row[i] as number),
      lhs.map((d) => d.mean),
    ),
  }));
  rho.sort(
    (a, b) => Math.abs(b.rho ?? 0) - Math.abs(a.rho ?? 0) || (a.parameter < b.parameter ? -1 : 1),
  );
  return {
    schemaVersion: SENSITIVITY_SCHEMA_VERSION,
    ...meta,
    base: at(0),
    oneAtATime,
    lhs: {
      samples: plan.lhs.length,
      signStableShare: signStableShare(at(0), lhs),
      rankCorrelation: rho,
    },
  };
};
