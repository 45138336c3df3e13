/** Compiles a library scenario from its YAML texts (file name → text), the browser's stand-in for loadScenario.node.ts. */
import type { ModelParams } from "@sagsflow/simulator/model";
import {
  compileScenario,
  type Provenance,
  readScenarioChain,
  type ScenarioSource,
} from "@sagsflow/scenarios";
import { Result } from "effect";

export interface LibraryScenario {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly params: ModelParams;
  /** Parameter path → provenance (estimates carry the ranges the workshop sliders use). */
  readonly provenance: ReadonlyMap<string, Provenance>;
}

export interface CompileOptions {
  /** Sources applied after the chain (the workshop's lever overrides, as the API applies counterfactual overrides). */
  readonly extra?: ReadonlyArray<ScenarioSource>;
  /** Files in `texts` that are saved (non-library) scenarios: plain values without provenance are allowed there. */
  readonly saved?: ReadonlySet<string>;
}

/** Why a scenario could not be compiled in the browser, with the scenario id and the first problem. */
export class ScenarioUnavailable {
  readonly _tag = "ScenarioUnavailable";
  constructor(
    readonly scenario: string,
    readonly reason: string,
  ) {}
  get message(): string {
    return `Scenariet ${this.scenario} kan ikke beregnes i browseren: ${this.reason}`;
  }
}

/** Resolves `target` against the folder of `from` (POSIX paths relative to the library root, `..` allowed). */
export const resolveRelative = (from: string, target: string): string => {
  const parts = [...from.split("/").slice(0, -1), ...target.split("/")];
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
};

const idOf = (text: string): string | undefined => /^id:\s*([\w.-]+)\s*$/m.exec(text)?.[1];

/** Finds the library file whose `id` is `scenario` and compiles its extends chain; keys are paths from the library root. */
export const compileLibrary = (
  scenario: string,
  texts: Readonly<Record<string, string>>,
  options: CompileOptions = {},
): LibraryScenario | ScenarioUnavailable => {
  // The API names library scenarios by path (`lyngby-taarbaek/baseline`); older ids are the file's `id`.
  const file =
    texts[`${scenario}.yaml`] !== undefined
      ? `${scenario}.yaml`
      : Object.keys(texts).find((f) => idOf(texts[f] as string) === scenario);
  if (file === undefined)
    return new ScenarioUnavailable(scenario, "findes ikke i scenariebiblioteket");
  const chain = readScenarioChain(file, {
    read: (f) => texts[f],
    resolve: resolveRelative,
    isLibrary: (f) => options.saved?.has(f) !== true,
  });
  if (Result.isFailure(chain)) return new ScenarioUnavailable(scenario, chain.failure.message);
  const compiled = compileScenario([...chain.success, ...(options.extra ?? [])]);
  if (Result.isFailure(compiled))
    return new ScenarioUnavailable(scenario, compiled.failure.message);
  const { meta, params, provenance } = compiled.success;
  return { id: scenario, name: meta.name, file, params, provenance };
};
