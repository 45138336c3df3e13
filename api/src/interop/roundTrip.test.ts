import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import type { HistoryCase } from "./historyEvent";
import { importHistory } from "./importHistory";
import { parseMapping } from "./parseMapping";
import { sagsflowMapping } from "./sagsflowMapping";
import { domainHooks, domainTags, FIXTURES } from "../testing/testDomain";
import { writeIntervalCsv } from "./writeIntervalCsv";
import { type OcelDeadline, writeOcel } from "./writeOcel";
import { writeXes } from "./writeXes";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-roundtrip-"));
const FORMATS = {
  xes: { ext: "xes", write: (c: ReadonlyArray<HistoryCase>) => [...writeXes(c)].join("") },
  csv: { ext: "csv", write: (c: ReadonlyArray<HistoryCase>) => writeIntervalCsv(c) },
  ocel: {
    ext: "jsonocel",
    write: (c: ReadonlyArray<HistoryCase>, d?: ReadonlyArray<OcelDeadline>) =>
      writeOcel(c, d ? { deadlines: d } : {}),
  },
} as const;

async function reimport(text: string, name: string): Promise<ReadonlyArray<HistoryCase>> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = await importHistory(file, {
    mapping: sagsflowMapping(domainTags),
    pseudoKey: "k",
    ...domainHooks,
  });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  expect(r.success.rejects).toEqual([]);
  return r.success.cases;
}

async function fixtureCases(): Promise<ReadonlyArray<HistoryCase>> {
  const all: Array<HistoryCase> = [];
  for (const [file, m] of [
    ["ksd-sygedagpenge-win1252.csv", "ksd-sygedagpenge-win1252.mapping.yaml"],
    ["jobcenter-forloeb-utf8bom.csv", "jobcenter-forloeb-utf8bom.mapping.yaml"],
    ["sagsforloeb.xes", "sagsforloeb.mapping.yaml"],
    ["sagsforloeb.jsonocel", "sagsforloeb.ocel.mapping.yaml"],
  ] as const) {
    const mapping = Result.getOrThrow(parseMapping(readFileSync(FIXTURES + m, "utf8"), m));
    const r = await importHistory(FIXTURES + file, { mapping, pseudoKey: "k", ...domainHooks });
    all.push(...Result.getOrThrow(r).cases);
  }
  return all;
}

describe.each(Object.keys(FORMATS) as Array<keyof typeof FORMATS>)("%s round trip", (format) => {
  const { ext, write } = FORMATS[format];
  it("export → import → export is byte-identical for all fixture cases", async () => {
    const first = write(await fixtureCases());
    const second = write(await reimport(first, `fixtures.${ext}`));
    expect(second).toBe(first);
  });
  it("keeps fields, resources, times and case attributes", async () => {
    const cases = await fixtureCases();
    const back = await reimport(write(cases), `fields.${ext}`);
    const job = back.find((c) => c.caseId === "O-3001")?.events[3];
    expect(job?.event).toMatchObject({ _tag: "JobStarted", rekrutteringId: "R-77" });
    expect(back.find((c) => c.caseId === "S-1001")?.attributes.Område).toBe("Århus Syd");
    expect(back.find((c) => c.caseId === "X-2001")?.events[0]).toMatchObject({
      resource: "Mette Ødegaard",
      timestamp: "2024-01-08T08:30:00.000+01:00",
    });
  });
});

describe("writers", () => {
  it("write OCEL deadline objects related to the case and to the event that met them", async () => {
    const cases = await fixtureCases();
    const deadlines: ReadonlyArray<OcelDeadline> = [
      {
        id: "frist-S-1001-1",
        caseId: "S-1001",
        kind: "foersteOpfoelgning",
        due: "2024-02-05",
        metBy: { tag: "OpfoelgningssamtaleHeld", date: "2024-02-05" },
      },
    ];
    const text = writeOcel(cases, { deadlines });
    expect(text).toContain('{"id":"frist-S-1001-1","type":"deadline"');
    expect(text).toMatch(
      /"type":"OpfoelgningssamtaleHeld".*"objectId":"frist-S-1001-1","qualifier":"deadline"/,
    );
    expect(text).toContain('{"id":"R-77","type":"rekrutteringsanmodning"');
    expect(FORMATS.ocel.write(await reimport(text, "deadlines.jsonocel"), deadlines)).toBe(text);
  });
  it("sort cases by id and events by time, keeping stream order for equal times", () => {
    const ev = (tag: string, date: string) => ({ event: { _tag: tag, caseId: "B", date } });
    const csv = writeIntervalCsv([
      {
        caseId: "B",
        attributes: {},
        events: [
          ev("JobStarted", "2024-02-01"),
          ev("CaseClosed", "2024-02-01"),
          ev("SygemeldingReceived", "2024-01-01"),
        ],
      },
      { caseId: "A", attributes: {}, events: [ev("SygemeldingReceived", "2024-01-05")] },
    ]);
    expect(
      csv
        .split("\n")
        .slice(1, 5)
        .map((l) => l.split(",").slice(0, 2).join(" ")),
    ).toEqual(["A SygemeldingReceived", "B SygemeldingReceived", "B JobStarted", "B CaseClosed"]);
  });
  it("declare the XES extensions, the classifier and typed attributes", () => {
    const xes = [
      ...writeXes([
        {
          caseId: "A",
          attributes: { kommune: "Ærø" },
          events: [
            {
              event: {
                _tag: "VisitationCompleted",
                caseId: "A",
                date: "2024-01-02",
                kategori: 2,
                note: 'a<b & "c"',
              },
            },
          ],
        },
      ]),
    ].join("");
    for (const s of [
      'prefix="concept"',
      'prefix="time"',
      'prefix="lifecycle"',
      'prefix="org"',
      'keys="concept:name lifecycle:transition"',
      '<string key="kommune" value="Ærø"/>',
      '<int key="kategori" value="2"/>',
      '<date key="time:timestamp" value="2024-01-02T00:00:00.000Z"/>',
      'value="a&lt;b &amp; &quot;c&quot;"',
    ])
      expect(xes).toContain(s);
  });
});
