/**
 * Parameter overrides by dotted path (`{ "levers.earlyCvWeek": 8 }`): the one module that checks them, nests them into
 * the overlay tree `compileScenario` applies after a scenario's chain, reads a path, and caps a run's measured
 * cases. Used by the API (catalog compile, run requests) and the dashboard (workshop levers). A path never writes
 * through an object's prototype: `__proto__`, `constructor` and `prototype` segments are refused.
 */
import type { ModelParams } from "@sagsflow/simulator/model";
import { valueAtPath } from "@sagsflow/simulator/sensitivity";
import { type ScenarioProblem, ScenarioInvalid, showValue } from "./scenarioInvalid";

export type Overrides = Readonly<Record<string, unknown>>;

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Why a dotted path cannot be an override, or undefined when it can. */
export const pathProblem = (path: string): string | undefined => {
  const segments = path.split(".");
  if (segments.some((s) => FORBIDDEN.has(s)))
    return "en sti må ikke indeholde __proto__, constructor eller prototype";
  if (segments.some((s) => !SEGMENT.test(s)))
    return "en sti er navne adskilt af punktum (bogstaver, tal, - og _)";
  return undefined;
};

/** Every unusable path, as scenario problems named `overrides.<path>` (file "overrides"). */
export const checkOverrides = (overrides: Overrides): ScenarioInvalid | undefined => {
  const problems: ScenarioProblem[] = [];
  for (const path of Object.keys(overrides)) {
    const message = pathProblem(path);
    if (message !== undefined)
      problems.push({
        file: "overrides",
        line: null,
        column: null,
        field: path,
        value: showValue(overrides[path]),
        message,
      });
  }
  return problems.length === 0 ? undefined : new ScenarioInvalid({ problems });
};

/**
 * `{ "levers.x": 8 }` → `{ levers: { x: 8 } }`. Paths `pathProblem` refuses are left out (check them with
 * `checkOverrides` at the boundary); children are looked up as own properties only.
 */
export const nestOverrides = (overrides: Overrides): Record<string, unknown> => {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(overrides)) {
    if (pathProblem(path) !== undefined) continue;
    const keys = path.split(".");
    let node = root;
    for (const key of keys.slice(0, -1)) {
      const child = Object.hasOwn(node, key) ? node[key] : undefined;
      const next =
        typeof child === "object" && child !== null ? (child as Record<string, unknown>) : {};
      node[key] = next;
      node = next;
    }
    node[keys[keys.length - 1] as string] = value;
  }
  return root;
};

/** The value at a dotted path of a parameter tree; undefined where it is missing. */
export const readPath = (tree: unknown, path: string): unknown =>
  pathProblem(path) === undefined ? valueAtPath(tree, path) : undefined;

/** Measured cases capped at `cases` (`horizon.maxCases`); null or undefined keeps the scenario's own horizon. */
export const withMaxCases = <P extends Pick<ModelParams, "horizon">>(
  params: P,
  cases: number | null | undefined,
): P =>
  cases === null || cases === undefined
    ? params
    : { ...params, horizon: { ...params.horizon, maxCases: cases } };
