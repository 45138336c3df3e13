// docs/history.md: its example mapping is the fixture that stores its cases, and its field reference is the
// generator's output from the event schemas; every import limit is documented.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../interop";
import { importIntoStore } from "./importIntoStore";
import {
  DOCS_EXAMPLE_MAPPING,
  HISTORY_DOC,
  withGeneratedBlocks,
} from "./mappingDraft/historyDocBlocks";
import { IMPORT_FIXTURES, loadMapping, memoryStore, run } from "../testing/testStores";

const doc = readFileSync(HISTORY_DOC, "utf8");

describe("docs/history.md", () => {
  it("carries the generated example mapping and field reference (npx tsx api/scripts/writeFieldReference.ts)", () => {
    expect(doc).toBe(withGeneratedBlocks(doc));
    expect(doc).toContain("| `employment` | ja | valg | `ansat`, `ledig-forsikret`");
  });
  it("stores every case of the docs' example with the docs' example mapping", async () => {
    const store = memoryStore();
    const r = await run(
      importIntoStore(`${IMPORT_FIXTURES}docs-example.csv`, {
        mapping: loadMapping(DOCS_EXAMPLE_MAPPING),
        store,
        pseudoKey: "k",
      }),
    );
    expect(r).toMatchObject({
      stored: 2,
      eventsStored: 8,
      rejected: 0,
      ignored: 1,
      skippedRows: 1,
      rejectsTotal: 0,
    });
    const events = await run(store.readStream("sag-S-1"));
    expect(events[0]?.event).toMatchObject({
      _tag: "SygemeldingReceived",
      firstAbsenceDay: "2024-01-02",
      employment: "ansat",
      ageBand: "40-49",
      diagnosisGroup: "ukendt",
      sector: "sundhed",
    });
    expect(events.at(-1)?.event).toMatchObject({ _tag: "CaseClosed", reason: "raskmeldt" });
  });
  it("names every import limit", () => {
    for (const limit of Object.keys(IMPORT_LIMITS)) expect(doc).toContain(`\`${limit}\``);
  });
});
