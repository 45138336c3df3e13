/**
 * Turns decoded run request bodies into service inputs with every default filled in (so a stored request re-runs
 * exactly), and a stored run back into a fresh start of the same kind (`POST …/rerun`).
 */
import { Effect, Result } from "effect";
import { SENSITIVITY_DEFAULTS } from "../application/sensitivityDefaults";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import { RequestInvalid } from "../server/apiErrors";
import type { ComparisonInput } from "../server/comparisonService";
import type { CounterfactualInput } from "../server/counterfactualService";
import type { SensitivityInput } from "../server/sensitivityService";
import {
  type ComparisonRequestBody,
  type ComparisonScenario,
  type CounterfactualRequestBody,
  CounterfactualRequestBody as CounterfactualSchema,
  type SensitivityRequestBody,
  SensitivityRequestBody as SensitivitySchema,
} from "./apiSchemas";
import type { AppDeps } from "./appDeps";
import { decodeInput } from "./readBody";

const DEFAULT_SEED = 1;
const DEFAULT_REPLICATIONS = 10;
/** counterfactualHistory's own default (api/src/calibration/counterfactualHistory.ts). */
const COUNTERFACTUAL_REPLICATIONS = 3;

const plain = (scenario: string) => ({ scenario, label: scenario, overrides: {} });

/** An id alone, or with a label (default the id) and overrides (default none). */
const runScenario = (s: ComparisonScenario) =>
  typeof s === "string"
    ? plain(s)
    : { scenario: s.scenario, label: s.label ?? s.scenario, overrides: s.overrides ?? {} };

export const comparisonInput = (b: ComparisonRequestBody): ComparisonInput => ({
  kind: "comparison",
  baseline: runScenario(b.baseline),
  variants: b.variants.map(runScenario),
  seed: b.seed ?? DEFAULT_SEED,
  replications: b.replications ?? DEFAULT_REPLICATIONS,
  cases: b.cases ?? null,
  parameters: b,
});

export const sensitivityInput = (b: SensitivityRequestBody): SensitivityInput => ({
  scenario: b.scenario,
  kpi: b.kpi ?? SENSITIVITY_DEFAULTS.kpi,
  samples: b.samples ?? SENSITIVITY_DEFAULTS.samples,
  seed: b.seed ?? DEFAULT_SEED,
  replications: b.replications ?? SENSITIVITY_DEFAULTS.replications,
  cases: b.cases ?? SENSITIVITY_DEFAULTS.cases,
});

export const counterfactualInput = (b: CounterfactualRequestBody): CounterfactualInput => ({
  baseline: b.baseline,
  variant: b.variant,
  ...(b.from === undefined ? {} : { from: b.from }),
  ...(b.to === undefined ? {} : { to: b.to }),
  seed: b.seed ?? DEFAULT_SEED,
  replications: b.replications ?? COUNTERFACTUAL_REPLICATIONS,
});

/** Where a run of each kind is read. */
export const locationOf = ({ request: r }: ComparisonRecord): string =>
  r.kind === "comparison"
    ? `/api/comparisons/${r.comparisonId}`
    : `/api/${r.kind === "sensitivity" ? "sensitivity" : "counterfactuals"}/${r.comparisonId}`;

/** Stored parameters of an older request shape no longer decode; that is refused, not guessed at. */
const stored = <A>(decoded: Result.Result<A, unknown>, r: ComparisonRecord) =>
  Result.isSuccess(decoded)
    ? Effect.succeed(decoded.success)
    : Effect.fail(
        new RequestInvalid({
          field: "parameters",
          value: r.request.comparisonId,
          reason: "kørslen er gemt i et ældre format og kan ikke gentages",
          status: 422,
        }),
      );

export const rerunOf = (deps: AppDeps, record: ComparisonRecord) => {
  const r = record.request;
  switch (r.kind) {
    case "comparison":
      return deps.comparisons.rerun(record);
    case "sensitivity":
      return Effect.flatMap(stored(decodeInput(SensitivitySchema, r.parameters), record), (b) =>
        deps.sensitivity.start(sensitivityInput(b), r.scenarioVersions),
      );
    case "counterfactual":
      return Effect.flatMap(stored(decodeInput(CounterfactualSchema, r.parameters), record), (b) =>
        deps.counterfactuals.start(counterfactualInput(b), r.scenarioVersions),
      );
  }
};
