/** The workshop's levers: the case-flow model's fixed lever keys and staffing (docs/levers.md) with unit and range. */
import { valueAtPath } from "@sagsflow/simulator/sensitivity";

export type LeverValue = number | string | null;

export interface LeverSpec {
  /** Dotted parameter path, the key of an override (as `POST /api/counterfactuals` takes it). */
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  /** `optionalWeeks` is a week lever that `null` switches off (docs/levers.md); `choice` is a toggle. */
  readonly kind: "number" | "optionalWeeks" | "choice";
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly choices?: ReadonlyArray<string>;
}

const staff = (role: string, label: string, max: number): LeverSpec => ({
  path: `staff.${role}.fte`,
  label: `${label}, årsværk`,
  unit: "årsværk",
  kind: "number",
  min: 0.5,
  max,
  step: 0.5,
});

/** Default ranges; a scenario's `estimate: {low, high}` widens them (see `leverRange`). */
export const leverSpecs: ReadonlyArray<LeverSpec> = [
  {
    path: "levers.vsWeeksBeforeRaskmelding",
    label: "Virksomhedsservice før raskmelding",
    unit: "uger",
    kind: "number",
    min: 0,
    max: 16,
    step: 1,
  },
  {
    path: "levers.earlyCvWeek",
    label: "Tidligt CV i sygeuge",
    unit: "uge",
    kind: "optionalWeeks",
    min: 1,
    max: 26,
    step: 1,
  },
  {
    path: "levers.earlyJobmaalWeek",
    label: "Tidlig jobmålssamtale i sygeuge",
    unit: "uge",
    kind: "optionalWeeks",
    min: 1,
    max: 26,
    step: 1,
  },
  {
    path: "levers.organisation",
    label: "Organisering",
    unit: "",
    kind: "choice",
    min: 0,
    max: 0,
    step: 0,
    choices: ["sekventiel", "resultatteam"],
  },
  {
    path: "levers.samarbejdsmoederPerYear",
    label: "Samarbejdsmøder pr. år",
    unit: "pr. år",
    kind: "number",
    min: 0,
    max: 12,
    step: 1,
  },
  staff("sagsbehandler", "Sagsbehandlere", 30),
  staff("jobkonsulent", "Jobkonsulenter", 12),
  staff("virksomhedskonsulent", "Virksomhedskonsulenter", 10),
];

/** Reads a dotted path from plain parameters (the sensitivity module's reader); undefined where it is missing. */
export const readPath = (params: unknown, path: string): unknown => valueAtPath(params, path);

/**
 * The slider range: the default range widened to the scenario's estimate and to the current value.
 * @example leverRange(spec, 8, { low: 4, high: 20 }) // {min: 0, max: 20}
 */
export const leverRange = (
  spec: LeverSpec,
  current: LeverValue,
  estimate: { readonly low: unknown; readonly high: unknown } | undefined,
): { readonly min: number; readonly max: number } => {
  const nums = [current, estimate?.low, estimate?.high].filter(
    (v): v is number => typeof v === "number" && Number.isFinite(v),
  );
  return { min: Math.min(spec.min, ...nums), max: Math.max(spec.max, ...nums) };
};
