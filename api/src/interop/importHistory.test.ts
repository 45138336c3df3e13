import { readFileSync } from "node:fs";
import { Result } from "effect";
import { describe, expect, it, vi } from "vitest";
import { importHistory, type ImportResult } from "./importHistory";
import { parseMapping } from "./parseMapping";
import { domainHooks, FIXTURES } from "../testing/testDomain";
import { writeIntervalCsv } from "./writeIntervalCsv";
import { writeOcel } from "./writeOcel";
import { writeXes } from "./writeXes";

const FIXTURE_CPRS = [
  "010100-1111",
  "0101001111",
  "020200-2222",
  "030300-3333",
  "040400-4444",
  "050500-5555",
  "0101004321",
  "010100-4321",
  "010100-4322",
  "0101004322",
  "010100-7001",
  "0101007002",
  "010100-8001",
  "0101008002",
];

const load = (m: string) => Result.getOrThrow(parseMapping(readFileSync(FIXTURES + m, "utf8"), m));
async function run(
  file: string,
  mapping: string,
  pseudoKey: string | undefined = "test-key",
): Promise<ImportResult> {
  const r = await importHistory(FIXTURES + file, {
    mapping: load(mapping),
    ...(pseudoKey ? { pseudoKey } : {}),
    ...domainHooks,
  });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
}

describe("importHistory on the KSD Windows-1252 fixture", () => {
  it("stores the two good cases and rejects each broken case whole, naming file, line, column and reason", async () => {
    const r = await run("ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml");
    expect(r.cases.map((c) => [c.caseId, c.events.length])).toEqual([
      ["S-1001", 5],
      ["S-1002", 3],
    ]);
    expect(r).toMatchObject({
      casesMapped: 2,
      eventsMapped: 8,
      casesRejected: 3,
      ignored: 1,
      unmapped: { Kaffemøde: 1 },
    });
    expect(r.rejects.map((x) => [x.caseId, x.line, x.column])).toEqual([
      ["S-1003", 12, "Dato"],
      ["S-1004", 14, "Aktivitet"],
      ["S-1005", 15, "Aktivitet"],
    ]);
    expect(r.rejects[2]?.reason).toMatch(/^SygemeldingMissing: nothing before the sygemelding/);
    expect(
      r.cases
        .flatMap((c) => c.events)
        .some((e) => ["S-1003", "S-1004", "S-1005"].includes(e.event.caseId)),
    ).toBe(false);
  });
  it("keeps æøå and decodes fields to the domain's types", async () => {
    const [first] = (
      await run("ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml")
    ).cases;
    expect(first?.attributes.Område).toBe("Århus Syd");
    expect(first?.events[0]?.resource).toBe("Søren Ærø");
    expect(first?.events[1]?.event).toMatchObject({ _tag: "VisitationCompleted", kategori: 2 });
    expect(first?.events[0]?.event).toMatchObject({ firstAbsenceDay: "2024-01-02" });
  });
  it("gives the same result when imported twice (deterministic, so the store can skip duplicates)", async () => {
    const a = await run("ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml");
    const b = await run("ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml");
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe("importHistory on the other fixtures", () => {
  it.each([
    ["jobcenter-forloeb-utf8bom.csv", "jobcenter-forloeb-utf8bom.mapping.yaml", 7],
    ["sagsforloeb.xes", "sagsforloeb.mapping.yaml", 5],
    ["sagsforloeb.jsonocel", "sagsforloeb.ocel.mapping.yaml", 5],
  ])("maps %s completely", async (file, mapping, events) => {
    const r = await run(file, mapping);
    expect(r).toMatchObject({
      casesMapped: 2,
      eventsMapped: events,
      casesRejected: 0,
      rejects: [],
    });
  });
  it("relates the OCEL job start to its rekrutteringsanmodning", async () => {
    const r = await run("sagsforloeb.jsonocel", "sagsforloeb.ocel.mapping.yaml");
    expect(r.cases[0]?.events[3]?.event).toMatchObject({
      _tag: "JobStarted",
      hoursPerWeek: 37,
      rekrutteringId: "R-77",
    });
  });
  it("fails with PseudonymKeyMissing when CPR values are present and no key is set", async () => {
    const r = await importHistory(`${FIXTURES}sagsforloeb.xes`, {
      mapping: load("sagsforloeb.mapping.yaml"),
    });
    expect(Result.isFailure(r) && r.failure._tag).toBe("PseudonymKeyMissing");
  });
  it("fails with InputUnreadable for a missing file", async () => {
    const r = await importHistory(`${FIXTURES}nope.csv`, {
      mapping: load("sagsforloeb.mapping.yaml"),
    });
    expect(Result.isFailure(r) && r.failure._tag).toBe("InputUnreadable");
  });
});

describe("no CPR number survives import", () => {
  it("appears in no result, reject, export or log line for any fixture", async () => {
    const logged: Array<string> = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: Array<unknown>) => {
        logged.push(args.map(String).join(" "));
      }),
    );
    const outputs: Array<string> = [];
    for (const [file, mapping] of [
      ["ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml"],
      ["jobcenter-forloeb-utf8bom.csv", "jobcenter-forloeb-utf8bom.mapping.yaml"],
      ["sagsforloeb.xes", "sagsforloeb.mapping.yaml"],
      ["sagsforloeb.jsonocel", "sagsforloeb.ocel.mapping.yaml"],
    ] as const) {
      const r = await run(file, mapping);
      outputs.push(
        JSON.stringify(r),
        [...writeXes(r.cases)].join(""),
        writeIntervalCsv(r.cases),
        writeOcel(r.cases),
      );
    }
    for (const s of spies) s.mockRestore();
    const haystack = [...outputs, ...logged].join("\n");
    expect(haystack).toContain("psn-");
    for (const cpr of FIXTURE_CPRS) expect(haystack, cpr).not.toContain(cpr);
  });
});

describe("importHistory grouping a CSV by case with bounded memory", () => {
  it("gives the same cases and rejects when the grouping spills to disk after 10 records", async () => {
    const mapping = load("ksd-sygedagpenge-win1252.mapping.yaml");
    const file = `${FIXTURES}ksd-sygedagpenge-win1252.csv`;
    const inMemory = await importHistory(file, { mapping, pseudoKey: "k", ...domainHooks });
    const spilled = await importHistory(file, {
      mapping,
      pseudoKey: "k",
      ...domainHooks,
      groupInMemory: 10,
    });
    if (Result.isFailure(inMemory) || Result.isFailure(spilled)) throw new Error("import failed");
    const byId = (r: ImportResult) => [...r.cases].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
    expect(byId(spilled.success)).toEqual(byId(inMemory.success));
    expect(spilled.success.rejects).toEqual(inMemory.success.rejects);
    expect(spilled.success).toMatchObject({ casesMapped: 2, casesRejected: 3 });
  });
});
