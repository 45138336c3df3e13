/**
 * The scenario library on disk: every `*.yaml` below the library folder except `index.yaml`, keyed by its path
 * without `.yaml` (`baseline`, `lyngby-taarbaek/vs-foer-raskmelding`), with each family's question from `index.yaml`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { parseScenarioText } from "@sagsflow/scenarios";
import { Result } from "effect";
import { parse } from "yaml";

export interface LibraryFile {
  /** Path below the library folder without `.yaml`, `/`-separated. */
  readonly id: string;
  readonly yaml: string;
  readonly tree: Readonly<Record<string, unknown>>;
}

export interface LibraryFamily {
  readonly id: string;
  readonly question: string | null;
}

/** Not a scenario: the families' table of contents (docs/scenarios.md). */
export const LIBRARY_INDEX = "index.yaml";

const yamlFiles = (dir: string, prefix = ""): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const rel = prefix === "" ? d.name : `${prefix}/${d.name}`;
      if (d.isDirectory()) return yamlFiles(join(dir, d.name), rel);
      return d.isFile() && d.name.endsWith(".yaml") && rel !== LIBRARY_INDEX ? [rel] : [];
    })
    .sort();

/** Files that do not parse are left out here; compiling them reports the problem with file and line. */
export const readLibraryFiles = (dir: string): ReadonlyArray<LibraryFile> =>
  yamlFiles(dir).flatMap((rel) => {
    const yaml = readFileSync(join(dir, rel), "utf8");
    const parsed = parseScenarioText(rel, yaml, true);
    if (Result.isFailure(parsed)) return [];
    const tree = (parsed.success.tree ?? {}) as Record<string, unknown>;
    return [{ id: rel.slice(0, -".yaml".length), yaml, tree }];
  });

/** Families listed in `index.yaml` by id; an absent or unreadable index gives none. */
export const readLibraryFamilies = (dir: string): ReadonlyMap<string, LibraryFamily> => {
  let doc: unknown;
  try {
    doc = parse(readFileSync(join(dir, LIBRARY_INDEX), "utf8"));
  } catch {
    return new Map();
  }
  const families = (doc as { families?: unknown } | null)?.families;
  if (!Array.isArray(families)) return new Map();
  return new Map(
    families.flatMap((f: { id?: unknown; question?: unknown }) =>
      typeof f?.id === "string"
        ? [[f.id, { id: f.id, question: typeof f.question === "string" ? f.question : null }]]
        : [],
    ),
  );
};

/** The family folder of a library id (`lyngby-taarbaek/early-cv` → `lyngby-taarbaek`), or null at the top level. */
export const folderOf = (id: string): string | null => {
  const dir = posix.dirname(id);
  return dir === "." ? null : dir;
};
