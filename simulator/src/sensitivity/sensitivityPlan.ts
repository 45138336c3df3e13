/**
 * The runs of a sensitivity analysis of a variant against its baseline: the base case, each estimate at its low and
 * high end (one at a time), and a Latin-hypercube sample over all estimates together.
 */
import type { ModelParams } from "../model/modelParams";
import { type EstimatedParameter, valueAtPath, withParameter } from "./estimatedParameters";
import { latinHypercube } from "./latinHypercube";

/** One setting: the baseline and the variant with the same parameter values applied (paired by seed when run). */
export interface SensitivityCase {
  readonly baseline: ModelParams;
  readonly variant: ModelParams;
}

export interface SensitivityPlan {
  readonly parameters: ReadonlyArray<EstimatedParameter>;
  readonly base: SensitivityCase;
  readonly oneAtATime: ReadonlyArray<{
    readonly atLow: SensitivityCase;
    readonly atHigh: SensitivityCase;
  }>;
  /** Row i holds sample i's value for each parameter, in `parameters` order. */
  readonly lhsValues: ReadonlyArray<ReadonlyArray<number>>;
  readonly lhs: ReadonlyArray<SensitivityCase>;
}

/**
 * A value goes into the baseline too when both files share the assumption (same value at the path); a value the
 * variant sets on its own (its lever, its effect estimate) is varied in the variant only.
 */
const applyAll = (
  base: SensitivityCase,
  shared: ReadonlyArray<boolean>,
  parameters: ReadonlyArray<EstimatedParameter>,
  values: ReadonlyArray<number>,
): SensitivityCase => {
  let { baseline, variant } = base;
  parameters.forEach((p, i) => {
    const v = values[i] as number;
    variant = withParameter(variant, p.path, v);
    if (shared[i]) baseline = withParameter(baseline, p.path, v);
  });
  return { baseline, variant };
};

export const sensitivityPlan = (input: {
  readonly baseline: ModelParams;
  readonly variant: ModelParams;
  readonly parameters: ReadonlyArray<EstimatedParameter>;
  readonly samples: number;
  readonly seed: number;
}): SensitivityPlan => {
  const { parameters } = input;
  const base: SensitivityCase = { baseline: input.baseline, variant: input.variant };
  const shared = parameters.map(
    (p) => valueAtPath(input.baseline, p.path) === valueAtPath(input.variant, p.path),
  );
  const one = (i: number, v: number) =>
    applyAll(base, [shared[i] as boolean], [parameters[i] as EstimatedParameter], [v]);
  const lhsValues = latinHypercube(parameters, input.samples, input.seed);
  return {
    parameters,
    base,
    oneAtATime: parameters.map((p, i) => ({ atLow: one(i, p.low), atHigh: one(i, p.high) })),
    lhsValues,
    lhs: lhsValues.map((row) => applyAll(base, shared, parameters, row)),
  };
};

/** Every case of the plan in a fixed order: base, then low/high per parameter, then the LHS samples. */
export const planCases = (plan: SensitivityPlan): ReadonlyArray<SensitivityCase> => [
  plan.base,
  ...plan.oneAtATime.flatMap((o) => [o.atLow, o.atHigh]),
  ...plan.lhs,
];
