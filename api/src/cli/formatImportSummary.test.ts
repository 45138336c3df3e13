// The import summary in Danish with every reason of a row, the verdict per mode, and JSON/CSV with the same reasons.
import { describe, expect, it } from "vitest";
import type { StoreImportResult } from "../history";
import { formatImportSummary, importJsonChunks, rejectsCsvChunks } from "./formatImportSummary";

const REJECTS = [
  {
    file: "a.csv",
    line: 7,
    column: "Dato",
    code: "dato",
    reason: 'datoen "31-02-2024" kan ikke læses',
    caseId: "S-3",
  },
  {
    file: "a.csv",
    line: 7,
    column: "Hændelse",
    code: "aktivitet-ukendt",
    reason: 'aktiviteten "Kaffe"',
    caseId: "S-3",
  },
  {
    file: "a.csv",
    line: 0,
    code: "allerede-gemt",
    reason: "sagen S-4 er allerede gemt",
    caseId: "S-4",
  },
];
const RESULT: StoreImportResult = {
  schemaVersion: 2,
  mode: "alt-eller-intet",
  stored: 0,
  eventsStored: 0,
  notStored: 1,
  rejected: 2,
  rowsRejected: 2,
  duplicates: 0,
  ignored: 1,
  unmapped: { Kaffemøde: 1 },
  blankRows: 2,
  skippedRows: 1,
  rejects: REJECTS,
  rejectsTotal: 3,
};

describe("formatImportSummary", () => {
  it("says nothing was stored and why, counts in Danish and lists every reason of each row under it", () => {
    const text = formatImportSummary("a.csv", "sqlite x.db", RESULT);
    expect(text).toContain("Intet gemt: 2 rækker er afvist, og importen er alt-eller-intet");
    expect(text).toContain("--partial");
    expect(text).toContain("Afvist: 2 sager (2 rækker)");
    expect(text).toContain("Ignoreret: 1 række");
    expect(text).toContain("Sprunget over: 2 tomme rækker, 1 række efter skipRows");
    expect(text).toContain("Kaffemøde (1 række)");
    expect(text).toContain(
      '  a.csv:7 sag S-3:\n    - [Dato] datoen "31-02-2024" kan ikke læses\n    - [Hændelse] aktiviteten "Kaffe"',
    );
    expect(text).toContain("  a.csv (hele sagen) sag S-4:");
  });
  it("names a partial import and a dry run", () => {
    expect(
      formatImportSummary("a.csv", "s", { ...RESULT, mode: "delvis", stored: 1, notStored: 0 }),
    ).toContain("Delvis import (--partial): 1 sag gemt, 2 sager afvist");
    expect(formatImportSummary("a.csv", "s", { ...RESULT, mode: "prøvekørsel" })).toContain(
      "Prøvekørsel: intet skrevet. Ville gemme 1 sag",
    );
  });
  it("writes the same reasons in JSON (column null for a whole case) and as a semicolon CSV", () => {
    const json = JSON.parse([...importJsonChunks(RESULT, REJECTS)].join(""));
    expect(json).toMatchObject({ schemaVersion: 2, mode: "alt-eller-intet", rejectsTotal: 3 });
    expect(json.rejects.map((r: { column: unknown; code: string }) => [r.column, r.code])).toEqual([
      ["Dato", "dato"],
      ["Hændelse", "aktivitet-ukendt"],
      [null, "allerede-gemt"],
    ]);
    expect(JSON.parse([...importJsonChunks(RESULT, [])].join("")).rejects).toEqual([]);
    const csv = [...rejectsCsvChunks(REJECTS)].join("");
    expect(csv.startsWith("\uFEFFfil;linje;sag;kolonne;kode;årsag\n")).toBe(true);
    expect(csv.split("\n")).toContain(
      'a.csv;7;S-3;Dato;dato;"datoen ""31-02-2024"" kan ikke læses"',
    );
  });
});
