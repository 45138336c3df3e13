// The import summary in Danish, and the JSON rejects always carrying `column`.
import { describe, expect, it } from "vitest";
import type { StoreImportResult } from "../history";
import { formatImportSummary, importJson } from "./formatImportSummary";

const RESULT: StoreImportResult = {
  schemaVersion: 1,
  stored: 1,
  rejected: 2,
  duplicates: 0,
  eventsStored: 4,
  ignored: 1,
  unmapped: { Kaffemøde: 1 },
  rejects: [
    { file: "a.csv", line: 7, column: "Dato", reason: 'date "31-02-2024"', caseId: "S-3" },
    { file: "a.csv", line: 0, reason: "case S-4 is already stored", caseId: "S-4" },
  ],
};

describe("formatImportSummary", () => {
  it("counts with Danish singular and plural and lists each reject", () => {
    const text = formatImportSummary("a.csv", "sqlite x.db", RESULT);
    expect(text).toContain("Gemt: 1 sag (4 hændelser)");
    expect(text).toContain("Afvist: 2 sager");
    expect(text).toContain("Ignoreret: 1 række");
    expect(text).toContain("Kaffemøde (1 række)");
    expect(text).toContain('  a.csv:7 (Dato): date "31-02-2024"');
    expect(text).toContain("  a.csv (hele sagen): case S-4 is already stored");
  });
  it("writes column null for a whole-case reject in JSON", () => {
    const json = importJson(RESULT) as { rejects: Array<{ column: unknown }> };
    expect(json.rejects.map((r) => r.column)).toEqual(["Dato", null]);
  });
});
