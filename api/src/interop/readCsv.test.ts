import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRows } from "./csvRows";
import type { LogRecord, Reject } from "./logRecord";
import type { ColumnMapping, Mapping } from "./mapping";
import { readCsv } from "./readCsv";
import { FIXTURES } from "../testing/testDomain";

const columns: ColumnMapping = {
  caseId: "Sagsnr",
  activity: "Aktivitet",
  timestamp: "Dato",
  caseAttributes: ["Område"],
};
const dir = mkdtempSync(join(tmpdir(), "sagsflow-readcsv-"));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function read(path: string, mapping: Mapping) {
  const records: Array<LogRecord> = [];
  const rejects: Array<Reject> = [];
  const r = await readCsv(path, mapping, {
    record: (x) => void records.push(x),
    reject: (x) => void rejects.push(x),
  });
  return { r, records, rejects };
}

describe("readCsv", () => {
  it("reads the semicolon Windows-1252 fixture with æøå intact and reports the bad date by line and column", async () => {
    const { r, records, rejects } = await read(`${FIXTURES}ksd-sygedagpenge-win1252.csv`, {
      columns,
      activities: {},
    });
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(records[0]?.attributes["case:Område"]).toBe("Århus Syd");
    expect(records[0]?.attributes["Første fraværsdag"]).toBe("02-01-2024");
    expect(rejects.map((x) => [x.line, x.column, x.caseId, x.code])).toEqual([
      [12, "Dato", "S-1003", "dato"],
    ]);
    expect(rejects[0]?.reason).toContain('"31-02-2024"');
    expect(records).toHaveLength(14);
  });
  it("reads the comma UTF-8-BOM fixture with a quoted comma and mixed date forms", async () => {
    const { r, records } = await read(`${FIXTURES}jobcenter-forloeb-utf8bom.csv`, {
      columns: { caseId: "Borger", activity: "Hændelse", timestamp: "Tidspunkt" },
      activities: {},
    });
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success).toMatchObject({ encoding: "utf-8", delimiter: "," });
    expect(records.map((x) => x.date)).toEqual([
      "2024-04-02",
      "2024-04-12",
      "2024-04-15",
      "2024-04-18",
      "2024-05-21",
      "2024-04-03",
      "2024-04-10",
    ]);
    expect(records[3]?.attributes.Jobmål).toBe("Social- og sundhedshjælper, Ærøskøbing");
  });
  it("reads the interval form: end is the event time, start is kept, seq is the tie-break", async () => {
    const path = file(
      "i.csv",
      "case_id,activity,start_time,end_time,seq\nA,X,2024-01-01T08:00:00Z,2024-01-01T09:00:00Z,0\n",
    );
    const { records } = await read(path, {
      columns: {
        caseId: "case_id",
        activity: "activity",
        start: "start_time",
        end: "end_time",
        sequence: "seq",
      },
      activities: {},
    });
    expect(records[0]).toMatchObject({
      timestamp: "2024-01-01T09:00:00.000Z",
      start: "2024-01-01T08:00:00.000Z",
      sequence: 0,
    });
  });
  it("names mapping columns missing from the header, and gives every reason of a broken row", async () => {
    const path = file("e.csv", "Sagsnr;Aktivitet;Dato\n;X;01-01-2024\nS;;32-01-2024\n");
    const missing = await read(path, { columns, activities: {} });
    expect(Result.isFailure(missing.r) && missing.r.failure.reason).toContain(
      'kolonnen "Område" (columns.caseAttributes) findes ikke i filen',
    );
    const { rejects } = await read(path, {
      columns: { ...columns, caseAttributes: [] },
      activities: {},
    });
    expect(rejects.map((x) => [x.line, x.column, x.code])).toEqual([
      [2, "Sagsnr", "sag-tom"],
      [3, "Aktivitet", "aktivitet-tom"],
      [3, "Dato", "dato"],
    ]);
  });
  it("skips blank rows, allows trailing delimiters, skips the mapping's totals row, and rejects rows of the wrong width", async () => {
    const text =
      "Sagsnr;Aktivitet;Dato;\n\nA;X;01-01-2024;\n;;;\nA;Y;02-01-2024;;\nA;Z;03-01-2024;extra\nA;W\nI alt;;;\n";
    const { r, records, rejects } = await read(file("t.csv", text), {
      columns: { caseId: "Sagsnr", activity: "Aktivitet", timestamp: "Dato" },
      skipRows: [{ column: "Sagsnr", values: ["i alt"] }],
      activities: {},
    });
    if (Result.isFailure(r)) throw r.failure;
    expect(r.success).toMatchObject({ blankRows: 2, skippedRows: 1 });
    expect(records.map((x) => x.activity)).toEqual(["X", "Y"]);
    expect(rejects.map((x) => [x.line, x.code])).toEqual([
      [6, "felter"],
      [7, "felter"],
    ]);
  });
  it("refuses a header that names a column twice", async () => {
    const { r } = await read(
      file("d.csv", "Sagsnr;Dato;Aktivitet;Dato\nA;01-01-2024;X;02-01-2024\n"),
      {
        columns: { caseId: "Sagsnr", activity: "Aktivitet", timestamp: "Dato" },
        activities: {},
      },
    );
    expect(Result.isFailure(r) && r.failure.reason).toContain(
      'kolonnenavnet "Dato" står to gange i overskriften (kolonne 2 og 4)',
    );
  });
  it("honours a declared encoding and declared date formats", async () => {
    const path = file(
      "w.csv",
      iconv.encode("Sagsnr;Aktivitet;Dato\nÆ-1;Hændelse;3/2/24\n", "win1252"),
    );
    const { records, rejects } = await read(path, {
      source: { encoding: "windows-1252", dateFormats: ["d/m/yy"] },
      columns: { caseId: "Sagsnr", activity: "Aktivitet", timestamp: "Dato" },
      activities: {},
    });
    expect(rejects).toEqual([]);
    expect(records[0]).toMatchObject({ caseId: "Æ-1", activity: "Hændelse", date: "2024-02-03" });
  });
});

describe("csvRows", () => {
  async function rows(chunks: ReadonlyArray<string>) {
    async function* source() {
      yield* chunks;
    }
    const out: Array<[number, ReadonlyArray<string>]> = [];
    for await (const r of csvRows(source(), ";", "x.csv")) out.push([r.line, r.cells]);
    return out;
  }
  it("gives the same rows whatever the chunk boundaries, with quoted fields spanning lines", async () => {
    const text = 'a;b\r\n"x;1";"say ""hi"""\r\n"multi\nline";2\r\nlast;row';
    const whole = await rows([text]);
    expect(whole).toEqual([
      [1, ["a", "b"]],
      [2, ["x;1", 'say "hi"']],
      [3, ["multi\nline", "2"]],
      [5, ["last", "row"]],
    ]);
    for (const size of [1, 2, 5, 13]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      expect(await rows(chunks), `chunk ${size}`).toEqual(whole);
    }
  });
  it("fails on a quote that is never closed, naming its line but not the text", async () => {
    await expect(rows(['a;b\n"010100-1234;x\n'])).rejects.toMatchObject({
      reason: expect.stringContaining("linje 2"),
    });
    await expect(rows(['a;b\n"010100-1234;x\n'])).rejects.not.toMatchObject({
      reason: expect.stringContaining("010100"),
    });
  });
});
