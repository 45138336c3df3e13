/** Regenerates docs/reference.md from scenarios/reference/danish-reference.yaml: `npx tsx scripts/regenerateReference.ts`. */
import { writeFileSync } from "node:fs";
import {
  baselineReferenceCheck,
  REFERENCE_DOC,
  regeneratedReference,
} from "../test/src/library/referenceDocs";

writeFileSync(REFERENCE_DOC, regeneratedReference(baselineReferenceCheck()));
console.log("regenerated docs/reference.md");
