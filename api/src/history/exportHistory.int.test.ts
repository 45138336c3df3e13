import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore } from "@sagsflow/eventstore";
import { describe, expect, it } from "vitest";
import type { HistoryFormat } from "../interop";
import { ownExportMapping } from "./domainImportHooks";
import { exportHistory } from "./exportHistory";
import { importIntoStore } from "./importIntoStore";
import {
  IMPORT_CASES,
  IMPORT_FIXTURES,
  loadMapping,
  memoryStore,
  run,
  sqliteStore,
  tempDir,
} from "../testing/testStores";

const EXT: Record<HistoryFormat, string> = { xes: "xes", csv: "csv", ocel: "jsonocel" };
const STORES = {
  memory: async () => memoryStore(),
  sqlite: () => sqliteStore(join(tempDir(), "roundtrip.db")),
} as const;

async function withFixtures(store: EventStore<DomainEvent>): Promise<EventStore<DomainEvent>> {
  for (const [file, mapping] of IMPORT_CASES) {
    await run(
      importIntoStore(IMPORT_FIXTURES + file, {
        mapping: loadMapping(IMPORT_FIXTURES + mapping),
        store,
        pseudoKey: "k",
        // The KSD fixture has three bad cases; the round trip is about the good ones.
        partial: true,
      }),
    );
  }
  return store;
}

describe.each(
  Object.keys(STORES) as Array<keyof typeof STORES>,
)("round trip through the %s store", (kind) => {
  it.each([
    "xes",
    "csv",
    "ocel",
  ] as const)("%s: export → import → export is byte-identical", async (format) => {
    const first = await run(exportHistory(await withFixtures(await STORES[kind]()), { format }));
    const file = join(tempDir(), `export.${EXT[format]}`);
    writeFileSync(file, first);
    const target = await STORES[kind]();
    const r = await run(importIntoStore(file, { mapping: ownExportMapping, store: target }));
    expect(r).toMatchObject({ stored: 8, rejected: 0, rejects: [] });
    expect(await run(exportHistory(target, { format }))).toBe(first);
  });
});

describe("exportHistory", () => {
  it("keeps case attributes from the import and writes deadline objects in OCEL", async () => {
    const store = await withFixtures(memoryStore());
    const csv = await run(exportHistory(store, { format: "csv" }));
    expect(csv.split("\n")[0]).toContain("case:Område");
    expect(csv).toContain("Århus Syd");
    const ocel = await run(exportHistory(store, { format: "ocel" }));
    expect(ocel).toContain('{"id":"frist-S-1001-1","type":"deadline"');
    expect(ocel).toMatch(/"type":"OpfoelgningssamtaleHeld".*"qualifier":"deadline"/);
  });
  it("writes an empty but valid document for an empty store", async () => {
    const xes = await run(exportHistory(memoryStore(), { format: "xes" }));
    expect(xes.startsWith("<?xml") && xes.endsWith("</log>\n")).toBe(true);
    expect(xes).not.toContain("<trace>");
  });
});
