/** Lever settings as overrides of a scenario (changed values only) and as the YAML of a saved variant. */
import { nestOverrides } from "@sagsflow/scenarios";
import type { LeverValue } from "./leverSpecs";
import { readPath } from "./leverSpecs";

/** Dotted path → value, only where the setting differs from the scenario's own value. */
export type LeverOverrides = Readonly<Record<string, LeverValue>>;

/** Sets one lever; a value equal to the scenario's own drops the override, so "moving back" restores the scenario. */
export const setOverride = (
  overrides: LeverOverrides,
  params: unknown,
  path: string,
  value: LeverValue,
): LeverOverrides => {
  const { [path]: _dropped, ...rest } = overrides;
  return readPath(params, path) === value ? rest : { ...rest, [path]: value };
};

/** `{ "levers.x": 8 }` → `{ levers: { x: 8 } }`: the overlay tree compileScenario applies after the chain. */
export const overlayTree = (overrides: LeverOverrides): Record<string, unknown> =>
  nestOverrides(overrides);

/** Scenario ids the API accepts (`^[a-z0-9][a-z0-9-]*$`): Danish letters folded as in code identifiers. */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const yamlScalar = (v: LeverValue): string =>
  v === null ? "null" : typeof v === "number" ? String(v) : JSON.stringify(v);

const yamlTree = (tree: Record<string, unknown>, indent: string): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? [`${indent}${k}:`, ...yamlTree(v as Record<string, unknown>, `${indent}  `)]
      : [`${indent}${k}: ${yamlScalar(v as LeverValue)}`],
  );

/**
 * A saved variant that `extends` its base and sets the changed levers (docs/api.md `POST /api/scenarios`).
 * @example variantYaml({ id: "vs-8", name: "VS 8 uger", base: "baseline", overrides: { "levers.vsWeeksBeforeRaskmelding": 8 } })
 */
export const variantYaml = (v: {
  readonly id: string;
  readonly name: string;
  readonly base: string;
  readonly overrides: LeverOverrides;
}): string =>
  [
    "schemaVersion: 1",
    `id: ${v.id}`,
    `name: ${JSON.stringify(v.name)}`,
    `extends: ${v.base}.yaml`,
    ...yamlTree(overlayTree(v.overrides), ""),
    "",
  ].join("\n");
