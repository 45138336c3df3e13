/** Regenerates the scenario result tables in docs/scenarios.md and README.md from fixed seeds: `npx tsx scripts/regenerateDocs.ts`. */
import { writeFileSync } from "node:fs";
import { README, regeneratedDocs, SCENARIO_GUIDE } from "../test/src/library/docsBlocks";

const { readme, guide } = regeneratedDocs();
writeFileSync(README, readme);
writeFileSync(SCENARIO_GUIDE, guide);
console.log("regenerated docs/scenarios.md and the README block scenario-results");
