import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { README, regeneratedDocs, SCENARIO_GUIDE } from "./docsBlocks";

// Fails when docs/scenarios.md or the README block differ from a regeneration: run `npx tsx scripts/regenerateDocs.ts`.
it("has committed scenario tables equal to a regeneration from fixed seeds", () => {
  const { readme, guide } = regeneratedDocs();
  expect(readFileSync(SCENARIO_GUIDE, "utf8")).toBe(guide);
  expect(readFileSync(README, "utf8")).toBe(readme);
}, 120_000);
