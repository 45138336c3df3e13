import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// House style: Danish legal nouns stay Danish in identifiers (docs/glossary.md). English synonyms
// are banned in code identifiers; prose with spaces ("sick leave") in comments is fine.
const BANNED =
  /sick_?leave|sick_?note|sick_?pay|sickness_?benefit|sick_?listing|job_?clarification|rehab_?team|employer_?service|return_?to_?work_?plan/i;
const ROOT = new URL("../../", import.meta.url).pathname;
const SELF = new URL(import.meta.url).pathname;

const sourceFiles = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) && path !== SELF ? [path] : [];
  });

describe("banned English synonyms", () => {
  it("appear in no */src file of the workspace", () => {
    const srcDirs = readdirSync(ROOT, { withFileTypes: true })
      .filter((w) => w.isDirectory() && !w.name.startsWith(".") && w.name !== "node_modules")
      .map((w) => join(ROOT, w.name, "src"))
      .filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true);
    expect(srcDirs.length).toBeGreaterThan(3);
    const hits = srcDirs.flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          BANNED.test(line) ? [`${file.slice(ROOT.length)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
  it("the pattern catches the identifiers it is meant to catch", () => {
    for (const word of ["SickLeave", "sickNote", "JobClarification", "SICK_LEAVE", "RehabTeam"])
      expect(BANNED.test(word)).toBe(true);
    expect(BANNED.test("a sick leave in prose")).toBe(false);
  });
});
