/**
 * The scenarios a client can name: the shipped library (read once from disk, families in sub-folders) and the saved
 * ones (event store). Both live in one virtual folder `scenarios/<id>.yaml`, where a library id is its path without
 * `.yaml`, so `extends` resolves relative to the naming file and a saved variant can `extends: naestved/baseline.yaml`.
 */
import { posix } from "node:path";
import {
  type CompiledScenario,
  checkOverrides,
  compileScenario,
  nestOverrides,
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
import { folderOf, readLibraryFamilies, readLibraryFiles } from "./libraryIndex";

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
  /** The scenario id of a file in a compiled chain (`CompiledScenario.files`), e.g. a variant's baseline. */
  readonly idOfFile: (file: string) => string | undefined;
  /** Parses and compiles YAML text as if saved under its own id (validation before saving). */
  readonly validate: (yaml: string) => Result.Result<CompiledScenario, ScenarioInvalid>;
}

/** Library and saved scenarios share one virtual folder, so `extends` resolves the same way for both. */
const ROOT = "scenarios";
const fileOf = (id: string) => `${ROOT}/${id}.yaml`;
/** The id a virtual file stands for, or undefined for a path outside the folder (e.g. `../../x.yaml`). */
const idOf = (file: string): string | undefined => {
  const normal = posix.normalize(file);
  return normal.startsWith(`${ROOT}/`) && normal.endsWith(".yaml")
    ? normal.slice(ROOT.length + 1, -".yaml".length)
    : undefined;
};

const text = (tree: Readonly<Record<string, unknown>>, k: string) =>
  typeof tree[k] === "string" ? (tree[k] as string) : null;

/**
 * A file in a family folder listed in index.yaml belongs to that family and carries its question; elsewhere the
 * file's own `family`, else the family of the file it extends (docs/scenarios.md "Families").
 */
const readLibrary = (dir: string): Map<string, ScenarioEntry> => {
  const families = readLibraryFamilies(dir);
  const files = readLibraryFiles(dir);
  const library = new Map<string, ScenarioEntry>();
  for (const f of files) {
    const folder = folderOf(f.id);
    const family = folder === null ? undefined : families.get(folder);
    library.set(f.id, {
      id: f.id,
      name: text(f.tree, "name") ?? f.id,
      family: family?.id ?? text(f.tree, "family") ?? folder,
      question: family?.question ?? text(f.tree, "question"),
      extends: text(f.tree, "extends"),
      source: "library",
      version: 0,
      yaml: f.yaml,
    });
  }
  for (const [id, e] of library) {
    const parentId =
      e.extends === null ? undefined : idOf(posix.join(posix.dirname(fileOf(id)), e.extends));
    const parent = parentId === undefined ? undefined : library.get(parentId);
    if (e.family === null && parent !== undefined) library.set(id, { ...e, family: parent.family });
  }
  return library;
};

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
  const library = readLibrary(libraryDir);
  const textOf = (id: string | undefined) =>
    id === undefined ? undefined : (library.get(id)?.yaml ?? saved.latest(id)?.yaml);
  // `top` is read from `topText` (a version or an unsaved text), everything it extends from the catalog.
  const reader = (top: string, topText: string | undefined): ScenarioReader => ({
    read: (file) => (file === top && topText !== undefined ? topText : textOf(idOf(file))),
    resolve: (from, target) => posix.normalize(posix.join(posix.dirname(from), target)),
    isLibrary: (file) => {
      const id = idOf(file);
      return id !== undefined && library.has(id) && !(file === top && topText !== undefined);
    },
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
    idOfFile: idOf,
    compile: (id, options = {}) => {
      const entry =
        options.version !== undefined && options.version > 0
          ? saved.atVersion(id, options.version)
          : get(id);
      if (entry === undefined) return Result.fail(new ScenarioNotFound({ scenarioId: id }));
      const chain = readScenarioChain(fileOf(id), reader(fileOf(id), entry.yaml));
      if (Result.isFailure(chain)) return Result.fail(chain.failure);
      const overrides = options.overrides ?? {};
      const refused = checkOverrides(overrides);
      if (refused !== undefined) return Result.fail(refused);
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
