/**
 * Turns the three run request bodies (comparison, sensitivity, counterfactual) into one ComparisonInput: a baseline
 * and variants, each a scenario id with parameter overrides.
 */
import { Result } from "effect";
import { RequestInvalid } from "../server/apiErrors";
import type { ComparisonInput } from "../server/comparisonService";
import type { ScenarioCatalog } from "../server/scenarioCatalog";
import type {
  ComparisonRequestBody,
  CounterfactualRequestBody,
  SensitivityRequestBody,
} from "./apiSchemas";

const DEFAULT_SEED = 1;
const DEFAULT_REPLICATIONS = 10;

const options = (b: { seed?: number; replications?: number; cases?: number }) => ({
  seed: b.seed ?? DEFAULT_SEED,
  replications: b.replications ?? DEFAULT_REPLICATIONS,
  cases: b.cases ?? null,
});

const plain = (scenario: string) => ({ scenario, label: scenario, overrides: {} });

export const comparisonInput = (b: ComparisonRequestBody): ComparisonInput => ({
  kind: "comparison",
  baseline: plain(b.baseline),
  variants: b.variants.map(plain),
  ...options(b),
  parameters: b,
});

export const counterfactualInput = (b: CounterfactualRequestBody): ComparisonInput => ({
  kind: "counterfactual",
  baseline: plain(b.scenario),
  variants: [{ scenario: b.scenario, label: b.label ?? "hvad-nu-hvis", overrides: b.overrides }],
  ...options(b),
  parameters: b,
});

/** Values default to the parameter's estimate range in the scenario file (`estimate: {low, high}`). */
export const sensitivityInput = (
  b: SensitivityRequestBody,
  catalog: ScenarioCatalog,
): Result.Result<ComparisonInput, unknown> => {
  let values = b.values;
  if (values === undefined) {
    const compiled = catalog.compile(b.scenario);
    if (Result.isFailure(compiled)) return Result.fail(compiled.failure);
    const p = compiled.success.provenance.get(b.parameter);
    if (p?.kind !== "estimate") {
      return Result.fail(
        new RequestInvalid({
          field: "parameter",
          value: b.parameter,
          reason: "har intet estimat (low/high) i scenariet; angiv values",
          status: 422,
        }),
      );
    }
    values = [p.estimate.low, p.estimate.high];
  }
  return Result.succeed({
    kind: "sensitivity",
    baseline: plain(b.scenario),
    variants: values.map((v) => ({
      scenario: b.scenario,
      label: `${b.parameter}=${JSON.stringify(v)}`,
      overrides: { [b.parameter]: v },
    })),
    ...options(b),
    parameters: b,
  });
};
