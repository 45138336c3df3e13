import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { caseFlowReplication, replicationInputs } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { familyTable } from "./familyTables";
import { libraryFamilies, loadLibraryFile, withCases } from "./libraryIndex";

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? yamlFiles(join(dir, e.name))
      : e.name.endsWith(".yaml") && e.name !== "index.yaml"
        ? [join(dir, e.name)]
        : [],
  );
const files = yamlFiles(LIBRARY_DIR)
  .map((f) => relative(LIBRARY_DIR, f))
  .sort();

describe("every library file", () => {
  it("is listed in index.yaml or is one of the four top-level files", () => {
    const listed = new Set(libraryFamilies().flatMap((f) => [f.baseline, ...f.variants]));
    expect(files.filter((f) => f.includes("/") && !listed.has(f))).toEqual([]);
  });
  it.each(files)("%s loads with provenance and runs", (file) => {
    const { params } = loadLibraryFile(file);
    const [kpis] = replicationInputs(withCases(params, 150), 7, 1).map(caseFlowReplication);
    expect(kpis?.spellDurationDays.value).toBeGreaterThan(0);
  });
});

describe.each(libraryFamilies().map((f) => [f.id, f] as const))("family %s", (_, family) => {
  it("compares each variant with its baseline with a 95% CI per KPI", () => {
    const { rows } = familyTable(family);
    expect(rows).toHaveLength(1 + family.variants.length);
    for (const row of rows) for (const v of row.values) expect(v.ci95).not.toBeNull();
  }, 60_000);
});
