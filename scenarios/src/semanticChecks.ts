/** Rules a schema cannot state alone: shares sum to one, every diagnosis group has a recovery distribution. */
import type { ModelParams } from "@sagsflow/simulator/model";

export interface SemanticProblem {
  readonly path: ReadonlyArray<string>;
  readonly value: unknown;
  readonly message: string;
}

const SHARE_TOLERANCE = 1e-6;

export const semanticChecks = (params: ModelParams): ReadonlyArray<SemanticProblem> => {
  const problems: SemanticProblem[] = [];
  const { population } = params;
  for (const key of [
    "beskaeftigelsesstatus",
    "diagnosegruppe",
    "aldersgruppe",
    "sektor",
  ] as const) {
    const shares = population[key];
    const sum = Object.values(shares).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      problems.push({
        path: ["population", key],
        value: shares,
        message: `shares must sum to 1, got ${sum}`,
      });
    }
  }
  for (const group of Object.keys(population.diagnosegruppe)) {
    if (params.recovery[group] === undefined) {
      problems.push({
        path: ["recovery", group],
        value: undefined,
        message: "no recovery distribution for this diagnosegruppe",
      });
    }
  }
  for (const [path, range] of rangesOf(params)) {
    if (range.min > range.max)
      problems.push({ path, value: range, message: "min must not exceed max" });
  }
  return problems;
};

const rangesOf = (
  p: ModelParams,
): ReadonlyArray<readonly [ReadonlyArray<string>, { min: number; max: number }]> => [
  [["notificationDays", "ansat"], p.notificationDays.ansat],
  [["notificationDays", "ledig"], p.notificationDays.ledig],
  [["ledig", "cvDays"], p.ledig.cvDays],
  [["ledig", "jobmaalDays"], p.ledig.jobmaalDays],
  [["ledig", "praktikWeeks"], p.ledig.praktikWeeks],
  [["rekruttering", "positions"], p.rekruttering.positions],
  [["rekruttering", "deadlineWeeks"], p.rekruttering.deadlineWeeks],
];
