/** Regenerates the lever table in docs/levers.md from fixed seeds: `npx tsx scripts/regenerateLevers.ts`. */
import { readFileSync, writeFileSync } from "node:fs";
import { replaceBlock } from "../test/src/library/docsBlocks";
import { LEVERS_DOC, leverResults, leverTableMarkdown } from "../test/src/library/leverTable";

writeFileSync(
  LEVERS_DOC,
  replaceBlock(readFileSync(LEVERS_DOC, "utf8"), "lever-table", leverTableMarkdown(leverResults())),
);
console.log("regenerated the lever table in docs/levers.md");
