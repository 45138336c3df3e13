import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { replaceBlock } from "./docsBlocks";
import { LEVERS_DOC, leverResults, leverTableMarkdown } from "./leverTable";

// Issue 16 item 5: every lever's paired CI on the baseline excludes 0 with the sign its mechanism predicts, and
// docs/levers.md's table is this regeneration (`npx tsx scripts/regenerateLevers.ts`).
it("moves every lever's KPI with the expected sign (CI excludes 0), as docs/levers.md shows", () => {
  const results = leverResults();
  for (const { row, difference } of results) {
    const [lo, hi] = difference.ci95 as readonly [number, number];
    if (row.sign < 0) expect(hi, row.lever).toBeLessThan(0);
    else expect(lo, row.lever).toBeGreaterThan(0);
  }
  const doc = readFileSync(LEVERS_DOC, "utf8");
  expect(doc).toBe(replaceBlock(doc, "lever-table", leverTableMarkdown(results)));
}, 60_000);
