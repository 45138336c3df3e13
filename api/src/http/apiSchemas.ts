/** Request and response Schemas of the HTTP API: inputs are decoded with them and /openapi.json is generated from them. */
import { kpiIds } from "@sagsflow/domain";
import { pathProblem } from "@sagsflow/scenarios";
import { Schema } from "effect";
import { SENSITIVITY_DEFAULTS } from "../application/sensitivityDefaults";

const Seed = Schema.Number.check(
  Schema.isInt(),
  Schema.isBetween({ minimum: 0, maximum: 4294967295 }),
);
const Replications = Schema.Number.check(
  Schema.isInt(),
  Schema.isBetween({ minimum: 2, maximum: 1000 }),
);
const Cases = Schema.Number.check(
  Schema.isInt(),
  Schema.isBetween({ minimum: 1, maximum: 100000 }),
);
/** A library id may hold its family folder (`naestved/resultatteam`); saved ids have none. */
const ScenarioId = Schema.String.check(
  Schema.isPattern(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/),
  Schema.isMaxLength(80),
);
const IsoDate = Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/));
const runOptions = {
  seed: Schema.optionalKey(Seed).annotate({ description: "Basisfrø; standard 1" }),
  replications: Schema.optionalKey(Replications).annotate({
    description: "Replikationer pr. scenarie; standard 10",
  }),
  cases: Schema.optionalKey(Cases).annotate({
    description: "Loft over målte sager pr. replikation",
  }),
};

/** A dotted parameter path (`levers.earlyCvWeek`); never through a prototype (scenarios/src/overrides.ts). */
const OverridePath = Schema.String.check(
  Schema.isMaxLength(120),
  Schema.makeFilter((path: string) => {
    const problem = pathProblem(path);
    return problem === undefined ? undefined : `${JSON.stringify(path)}: ${problem}`;
  }),
);
const OverrideValue = Schema.Union([Schema.Finite, Schema.String, Schema.Boolean, Schema.Null]);
const Overrides = Schema.Record(OverridePath, OverrideValue)
  .check(
    Schema.makeFilter((o: Readonly<Record<string, unknown>>) =>
      Object.keys(o).length <= 64 ? undefined : "højst 64 overstyringer pr. scenarie",
    ),
  )
  .annotate({
    description:
      'Parametre overstyret efter sti, f.eks. {"levers.earlyCvWeek": 8}; værdierne valideres som scenariefilen',
  });
/** A scenario of a comparison: an id, or an id with a label and parameter overrides (a workshop's lever settings). */
const ComparisonScenario = Schema.Union([
  ScenarioId,
  Schema.Struct({
    scenario: ScenarioId,
    label: Schema.optionalKey(
      Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(80)),
    ).annotate({ description: "Navn i resultatet; standard scenariets id (skal være entydigt)" }),
    overrides: Schema.optionalKey(Overrides),
  }),
]);
export type ComparisonScenario = typeof ComparisonScenario.Type;

export const ComparisonRequestBody = Schema.Struct({
  baseline: ComparisonScenario,
  variants: Schema.Array(ComparisonScenario).check(Schema.isMaxLength(8)),
  ...runOptions,
}).annotate({
  identifier: "ComparisonRequest",
  description:
    "Baseline og varianter med fælles frø (common random numbers); hver som id eller {scenario, label, overrides}",
});
export type ComparisonRequestBody = typeof ComparisonRequestBody.Type;

export const SensitivityRequestBody = Schema.Struct({
  scenario: ScenarioId.annotate({
    description:
      "Varianten (udvider sit basisscenarie), f.eks. lyngby-taarbaek/vs-foer-raskmelding",
  }),
  kpi: Schema.optionalKey(Schema.Literals(kpiIds)).annotate({
    description: `Nøgletal; standard ${SENSITIVITY_DEFAULTS.kpi}`,
  }),
  samples: Schema.optionalKey(
    Schema.Number.check(Schema.isInt(), Schema.isBetween({ minimum: 2, maximum: 200 })),
  ).annotate({
    description: `Latin-hypercube-stikprøver; standard ${SENSITIVITY_DEFAULTS.samples}`,
  }),
  seed: runOptions.seed,
  replications: Schema.optionalKey(Replications).annotate({
    description: `Replikationer pr. indstilling og scenarie; standard ${SENSITIVITY_DEFAULTS.replications}`,
  }),
  cases: Schema.optionalKey(Cases).annotate({
    description: `Loft over målte sager pr. replikation; standard ${SENSITIVITY_DEFAULTS.cases}`,
  }),
}).annotate({
  identifier: "SensitivityRequest",
  description: "Følsomhed: hvert estimat én ad gangen (low/high) og en Latin-hypercube-stikprøve",
});
export type SensitivityRequestBody = typeof SensitivityRequestBody.Type;

export const CounterfactualRequestBody = Schema.Struct({
  baseline: ScenarioId,
  variant: ScenarioId,
  from: Schema.optionalKey(IsoDate).annotate({
    description: "Første fraværsdag fra (ÅÅÅÅ-MM-DD); standard den første sag",
  }),
  to: Schema.optionalKey(IsoDate).annotate({
    description: "Første fraværsdag til (ÅÅÅÅ-MM-DD); standard den sidste sag",
  }),
  seed: runOptions.seed,
  replications: Schema.optionalKey(Replications).annotate({
    description: "Replikationer; standard 3",
  }),
}).annotate({
  identifier: "CounterfactualRequest",
  description:
    "Den lagrede historik (sag-*) genafspillet under baseline og variant, parret sag for sag",
});
export type CounterfactualRequestBody = typeof CounterfactualRequestBody.Type;

export const ScenarioBody = Schema.Struct({
  yaml: Schema.String.check(Schema.isMinLength(1)).annotate({
    description: "Scenariefilens YAML-tekst",
  }),
}).annotate({ identifier: "ScenarioBody" });

/** Response Schemas live in the HTTP contract module, which the dashboard imports and decodes with. */
export {
  ComparisonView,
  Health,
  ProblemDetails,
  ScenarioDetail,
  ScenarioSummary,
} from "../contracts/responseSchemas";
