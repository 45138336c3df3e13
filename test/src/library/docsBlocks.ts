/** Replaces marked blocks in README.md and docs/scenarios.md with regenerated tables; shared by the script and its test. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { familyTables } from "./familyTables";
import { reformReproduction } from "./reformReproduction";
import { familyTablesMarkdown, reproductionsMarkdown } from "./renderResults";
import { skanderborgReproduction } from "./skanderborgReproduction";

export const README = fileURLToPath(new URL("../../../README.md", import.meta.url));
export const SCENARIO_GUIDE = fileURLToPath(new URL("../../../docs/scenarios.md", import.meta.url));

/** Text between `<!-- name:start -->` and `<!-- name:end -->` replaced; throws when the markers are missing. */
export const replaceBlock = (text: string, name: string, body: string): string => {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`markers ${start} / ${end} missing`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
};

export interface RegeneratedDocs {
  readonly readme: string;
  readonly guide: string;
}

/** Runs every fixed-seed experiment and returns both documents as they should read. */
export const regeneratedDocs = (): RegeneratedDocs => {
  const reproductions = reproductionsMarkdown(skanderborgReproduction(), reformReproduction());
  const readme = replaceBlock(readFileSync(README, "utf8"), "scenario-results", reproductions);
  let guide = readFileSync(SCENARIO_GUIDE, "utf8");
  guide = replaceBlock(guide, "reproductions", reproductions);
  guide = replaceBlock(guide, "family-tables", familyTablesMarkdown(familyTables()));
  return { readme, guide };
};
