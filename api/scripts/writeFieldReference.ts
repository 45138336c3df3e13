// Rewrites the generated blocks of docs/history.md (docs example mapping, field reference): npx tsx api/scripts/writeFieldReference.ts
import { readFileSync, writeFileSync } from "node:fs";
import { HISTORY_DOC, withGeneratedBlocks } from "../src/history/mappingDraft/historyDocBlocks";

writeFileSync(HISTORY_DOC, withGeneratedBlocks(readFileSync(HISTORY_DOC, "utf8")));
