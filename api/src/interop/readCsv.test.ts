import { readFileSync } from "node:fs";
import { Result } from "effect";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText";
import { readCsv } from "./readCsv";
import { FIXTURES } from "./testDomain";

const columns = {
  caseId: "Sagsnr",
  activity: "Aktivitet",
  timestamp: "Dato",
  caseAttributes: ["Område"],
};

describe("decodeText", () => {
  it("tells UTF-8, UTF-8 with BOM and Windows-1252 apart by their bytes", () => {
    expect(decodeText(Buffer.from("Område", "utf8"))).toEqual({
      text: "Område",
      encoding: "utf-8",
    });
    expect(decodeText(Buffer.from("\uFEFFØst", "utf8"))).toEqual({
      text: "Øst",
      encoding: "utf-8-bom",
    });
    expect(decodeText(iconv.encode("Ærø Å", "win1252"))).toEqual({
      text: "Ærø Å",
      encoding: "windows-1252",
    });
  });
});

describe("readCsv", () => {
  it("reads the semicolon Windows-1252 fixture with æøå intact and reports the bad date by line and column", () => {
    const r = readCsv(readFileSync(`${FIXTURES}ksd-sygedagpenge-win1252.csv`), "ksd.csv", columns);
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success.encoding).toBe("windows-1252");
    expect(r.success.delimiter).toBe(";");
    expect(r.success.records[0]?.attributes["case:Område"]).toBe("Århus Syd");
    expect(r.success.records[0]?.attributes["Første fraværsdag"]).toBe("02-01-2024");
    expect(r.success.rejects).toEqual([
      {
        file: "ksd.csv",
        line: 12,
        column: "Dato",
        reason: 'date "31-02-2024": no such calendar date',
        caseId: "S-1003",
      },
    ]);
    expect(r.success.records).toHaveLength(14);
  });
  it("reads the comma UTF-8-BOM fixture with a quoted comma and mixed date forms", () => {
    const r = readCsv(readFileSync(`${FIXTURES}jobcenter-forloeb-utf8bom.csv`), "bom.csv", {
      caseId: "Borger",
      activity: "Hændelse",
      timestamp: "Tidspunkt",
    });
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success).toMatchObject({ encoding: "utf-8-bom", delimiter: "," });
    expect(r.success.records.map((x) => x.date)).toEqual([
      "2024-04-02",
      "2024-04-12",
      "2024-04-15",
      "2024-04-18",
      "2024-05-21",
      "2024-04-03",
      "2024-04-10",
    ]);
    expect(r.success.records[3]?.attributes.Jobmål).toBe("Social- og sundhedshjælper, Ærøskøbing");
  });
  it("reads the interval form: end is the event time, start is kept, seq is the tie-break", () => {
    const text =
      "case_id,activity,start_time,end_time,seq\nA,X,2024-01-01T08:00:00Z,2024-01-01T09:00:00Z,0\n";
    const r = readCsv(Buffer.from(text), "i.csv", {
      caseId: "case_id",
      activity: "activity",
      start: "start_time",
      end: "end_time",
      sequence: "seq",
    });
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success.records[0]).toMatchObject({
      timestamp: "2024-01-01T09:00:00.000Z",
      start: "2024-01-01T08:00:00.000Z",
      sequence: 0,
    });
  });
  it("names empty required cells and mapping columns missing from the header", () => {
    const r = readCsv(
      Buffer.from("Sagsnr;Aktivitet;Dato\n;X;01-01-2024\nS;;01-01-2024\n"),
      "e.csv",
      columns,
    );
    expect(Result.isFailure(r) && r.failure.reason).toBe("columns not in header: Område");
    const r2 = readCsv(
      Buffer.from("Sagsnr;Aktivitet;Dato\n;X;01-01-2024\nS;;01-01-2024\n"),
      "e.csv",
      { ...columns, caseAttributes: [] },
    );
    if (Result.isFailure(r2)) throw r2.failure;
    expect(r2.success.rejects.map((x) => [x.line, x.column, x.reason])).toEqual([
      [2, "Sagsnr", "case id is empty"],
      [3, "Aktivitet", "activity is empty"],
    ]);
  });
});
