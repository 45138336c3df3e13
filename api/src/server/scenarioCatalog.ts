/**
 * The scenarios a client can name: the shipped library (read once from disk) and the saved ones (event store).
 * Both live in one virtual folder `scenarios/<id>.yaml`, so a saved variant can `extends: baseline.yaml`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import {
  type CompiledScenario,
  compileScenario,
  parseScenarioText,
  readScenarioChain,
  type ScenarioInvalid,
  type ScenarioReader,
} from "@sagsflow/scenarios";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { Result } from "effect";
import type { ScenarioSaved } from "../persistence/apiEvents";
import type { ScenarioRepository } from "../persistence/scenarioRepository";
import { ScenarioNotFound } from "./apiErrors";
import { nestOverrides } from "./nestOverrides";

export interface ScenarioEntry {
  readonly id: string;
  readonly name: string;
  readonly family: string | null;
  readonly question: string | null;
  readonly extends: string | null;
  readonly source: "library" | "saved";
  /** Saved scenarios count versions from 1; library scenarios are version 0. */
  readonly version: number;
  readonly yaml: string;
}

export interface ScenarioCatalog {
  readonly list: () => ReadonlyArray<ScenarioEntry>;
  readonly get: (id: string) => ScenarioEntry | undefined;
  readonly isLibrary: (id: string) => boolean;
  /** Compiles `id` (at `version` when saved) with parameter overrides by dotted path. */
  readonly compile: (
    id: string,
    options?: {
      readonly version?: number | undefined;
      readonly overrides?: Readonly<Record<string, unknown>>;
    },
  ) => Result.Result<CompiledScenario, ScenarioInvalid | ScenarioNotFound>;
  /** Parses and compiles YAML text as if saved under its own id (validation before saving). */
  readonly validate: (yaml: string) => Result.Result<CompiledScenario, ScenarioInvalid>;
}

const fileOf = (id: string) => `scenarios/${id}.yaml`;
const idOf = (file: string) => posix.basename(file, ".yaml");

const readLibrary = (dir: string): ReadonlyArray<ScenarioEntry> =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => {
      const yaml = readFileSync(join(dir, f), "utf8");
      const parsed = parseScenarioText(f, yaml, true);
      if (Result.isFailure(parsed)) return [];
      const t = (parsed.success.tree ?? {}) as Record<string, unknown>;
      const text = (k: string) => (typeof t[k] === "string" ? (t[k] as string) : null);
      return [
        {
          id: idOf(f),
          name: text("name") ?? idOf(f),
          family: text("family"),
          question: text("question"),
          extends: text("extends"),
          source: "library" as const,
          version: 0,
          yaml,
        },
      ];
    });

const savedEntry = (s: ScenarioSaved): ScenarioEntry => ({
  id: s.scenarioId,
  name: s.name,
  family: s.family,
  question: s.question,
  extends: s.extends,
  source: "saved",
  version: s.version,
  yaml: s.yaml,
});

export const makeScenarioCatalog = (
  saved: ScenarioRepository,
  libraryDir: string = LIBRARY_DIR,
): ScenarioCatalog => {
  const library = new Map(readLibrary(libraryDir).map((e) => [e.id, e]));
  // A variant without its own family belongs to the family of the scenario it extends.
  for (const [id, e] of library) {
    const parent = e.extends === null ? undefined : library.get(idOf(e.extends));
    if (e.family === null && parent !== undefined) library.set(id, { ...e, family: parent.family });
  }
  const reader = (top: string, topText: string | undefined): ScenarioReader => ({
    read: (file) =>
      file === top && topText !== undefined
        ? topText
        : (library.get(idOf(file)) ?? saved.latest(idOf(file)))?.yaml,
    resolve: (from, target) => posix.join(posix.dirname(from), posix.basename(target)),
    isLibrary: (file) => library.has(idOf(file)) && !(file === top && topText !== undefined),
  });
  const get = (id: string): ScenarioEntry | undefined => {
    const fromLibrary = library.get(id);
    if (fromLibrary !== undefined) return fromLibrary;
    const s = saved.latest(id);
    return s === undefined ? undefined : savedEntry(s);
  };
  return {
    list: () => [...library.values(), ...saved.list().map(savedEntry)],
    get,
    isLibrary: (id) => library.has(id),
    compile: (id, options = {}) => {
      const entry =
        options.version !== undefined && options.version > 0
          ? saved.atVersion(id, options.version)
          : get(id);
      if (entry === undefined) return Result.fail(new ScenarioNotFound({ scenarioId: id }));
      const chain = readScenarioChain(fileOf(id), reader(fileOf(id), entry.yaml));
      if (Result.isFailure(chain)) return Result.fail(chain.failure);
      const overrides = options.overrides ?? {};
      const extra =
        Object.keys(overrides).length === 0
          ? []
          : [{ file: "overrides", tree: nestOverrides(overrides), library: false }];
      return compileScenario([...chain.success, ...extra]);
    },
    validate: (yaml) => {
      const parsed = parseScenarioText("scenario.yaml", yaml, false);
      const tree = Result.isSuccess(parsed)
        ? (parsed.success.tree as { id?: unknown } | null)
        : null;
      const id = typeof tree?.id === "string" ? tree.id : "scenario";
      const chain = readScenarioChain(fileOf(id), reader(fileOf(id), yaml));
      return Result.isFailure(chain) ? Result.fail(chain.failure) : compileScenario(chain.success);
    },
  };
};
