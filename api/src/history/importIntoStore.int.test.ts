import { existsSync, readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { join } from "node:path";
import { vi, describe, expect, it } from "vitest";
import { isoDate } from "@sagsflow/domain";
import { Effect } from "effect";
import type { DomainEvent } from "@sagsflow/domain";
import { legacyCaseEventIds } from "./caseEventIds";
import { importExitCode, importIntoStore } from "./importIntoStore";
import {
  IMPORT_CASES,
  IMPORT_FIXTURES,
  loadMapping,
  memoryStore,
  run,
  sqliteStore,
  tempDir,
} from "../testing/testStores";

const FIXTURE_CPRS = [
  "010100-1111",
  "0101001111",
  "020200-2222",
  "0202002222",
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

const importFixture = (
  store: ReturnType<typeof memoryStore>,
  file: string,
  mapping: string,
  mode: { partial?: boolean; dryRun?: boolean } = { partial: true },
) =>
  run(
    importIntoStore(IMPORT_FIXTURES + file, {
      mapping: loadMapping(IMPORT_FIXTURES + mapping),
      store,
      pseudoKey: "test-key",
      ...mode,
    }),
  );

describe("importIntoStore", () => {
  it("stores nothing of a file with a rejected row unless partial, and nothing at all in a dry run", async () => {
    const store = memoryStore();
    const [file, mapping] = IMPORT_CASES[0];
    const strict = await importFixture(store, file, mapping, {});
    expect(strict).toMatchObject({
      mode: "alt-eller-intet",
      stored: 0,
      notStored: 2,
      rejected: 3,
      rowsRejected: 3,
    });
    expect(importExitCode(strict)).toBe(4);
    const dry = await importFixture(store, ...IMPORT_CASES[1], { dryRun: true });
    expect(dry).toMatchObject({ mode: "prøvekørsel", stored: 0, notStored: 2, rejected: 0 });
    expect(importExitCode(dry)).toBe(0);
    expect(await run(store.readAll())).toEqual([]);
  });

  it("stores the good KSD cases with partial and rejects each bad row with line, column and a Danish reason", async () => {
    const store = memoryStore();
    const r = await importFixture(
      store,
      "ksd-sygedagpenge-win1252.csv",
      "ksd-sygedagpenge-win1252.mapping.yaml",
    );
    expect(r).toMatchObject({
      schemaVersion: 2,
      mode: "delvis",
      stored: 2,
      rejected: 3,
      duplicates: 0,
      eventsStored: 8,
      ignored: 1,
    });
    expect(importExitCode(r)).toBe(4);
    expect(r.rejects.map((x) => [x.line, x.column])).toEqual([
      [12, "Dato"],
      [14, "Aktivitet"],
      [15, "Aktivitet"],
    ]);
    expect(r.rejects.every((x) => x.reason.length > 0 && x.file.endsWith(".csv"))).toBe(true);
    expect(r.rejects.map((x) => x.code)).toEqual(["dato", "aktivitet-ukendt", "før-sygemelding"]);
    expect(r.rejects[2]?.reason).toBe(
      "raskmelding 2024-03-01: sagen har ingen sygemelding før denne række; en sag starter med en sygemelding (regel: nothing before the sygemelding)",
    );
    const all = await run(store.readAll({ streamPrefix: "sag-" }));
    expect(new Set(all.map((e) => e.streamId))).toEqual(new Set(["sag-S-1001", "sag-S-1002"]));
    expect(all.find((e) => e.streamId === "sag-S-1001")?.metadata).toMatchObject({
      caseAttributes: { Område: "Århus Syd" },
    });
  });

  it.each(IMPORT_CASES.slice(1))("stores every case of %s", async (file, mapping) => {
    const r = await importFixture(memoryStore(), file, mapping);
    expect(r).toMatchObject({ stored: 2, rejected: 0, duplicates: 0, rejects: [] });
  });

  it("stores nothing twice when the same files are imported again", async () => {
    const store = memoryStore();
    for (const [file, mapping] of IMPORT_CASES) await importFixture(store, file, mapping);
    const before = await run(store.readAll());
    for (const [file, mapping] of IMPORT_CASES) {
      const again = await importFixture(store, file, mapping);
      expect(again.stored).toBe(0);
      expect(again.eventsStored).toBe(0);
    }
    const ksd = await importFixture(store, ...IMPORT_CASES[0]);
    expect(ksd).toMatchObject({ stored: 0, duplicates: 2, rejected: 3 });
    expect((await run(store.readAll())).length).toBe(before.length);
  });

  it("treats a case stored with the ids of earlier versions (fully hashed) as already stored", async () => {
    const first = memoryStore();
    await importFixture(first, ...IMPORT_CASES[1]);
    const older = memoryStore();
    const streams = new Map<string, Array<DomainEvent>>();
    for (const r of await run(first.readAll()))
      streams.set(r.streamId, [...(streams.get(r.streamId) ?? []), r.event]);
    for (const [streamId, events] of streams)
      await run(
        older.append(streamId, events, {
          expectedVersion: "noStream",
          eventIds: legacyCaseEventIds(streamId.slice("sag-".length), events),
        }),
      );
    const again = await importFixture(older, ...IMPORT_CASES[1]);
    expect(again).toMatchObject({ stored: 0, duplicates: streams.size, rejected: 0 });
  });

  it("rejects a case already stored with other events, writing nothing", async () => {
    const store = memoryStore();
    await run(
      store.append("sag-S-1001", [
        { _tag: "CvUpdated", caseId: "S-1001", date: isoDate("2024-01-01") },
      ]),
    );
    const r = await importFixture(store, ...IMPORT_CASES[0]);
    expect(r).toMatchObject({ stored: 1, rejected: 4 });
    expect(r.rejects[0]).toMatchObject({ line: 0, caseId: "S-1001" });
    expect(r.rejects[0]?.reason).toMatch(/er allerede gemt med andre hændelser/);
    expect((await run(store.readStream("sag-S-1001"))).length).toBe(1);
  });

  it("fails with InputUnreadable for a missing file and PseudonymKeyMissing without a key", async () => {
    const store = memoryStore();
    const mapping = loadMapping(`${IMPORT_FIXTURES}sagsforloeb.mapping.yaml`);
    const missing = await Effect.runPromise(
      Effect.flip(importIntoStore(`${IMPORT_FIXTURES}nope.csv`, { mapping, store })),
    );
    expect(missing._tag).toBe("InputUnreadable");
    const noKey = await Effect.runPromise(
      Effect.flip(importIntoStore(`${IMPORT_FIXTURES}sagsforloeb.xes`, { mapping, store })),
    );
    expect(noKey._tag).toBe("PseudonymKeyMissing");
    expect((await run(store.readAll())).length).toBe(0);
  });

  it("stores nothing of a truncated XES, even with partial, and says so", async () => {
    const store = memoryStore();
    const whole = readFileSync(`${IMPORT_FIXTURES}sagsforloeb.xes`, "utf8");
    const file = join(tempDir(), "afkortet.xes");
    writeFileSync(file, whole.slice(0, whole.lastIndexOf("<trace")));
    const mapping = loadMapping(`${IMPORT_FIXTURES}sagsforloeb.mapping.yaml`);
    const e = await Effect.runPromise(
      Effect.flip(importIntoStore(file, { mapping, store, pseudoKey: "k", partial: true })),
    );
    expect(e).toMatchObject({
      _tag: "InputUnreadable",
      reason: expect.stringContaining("intet fra filen er gemt"),
    });
    expect(await run(store.readAll())).toEqual([]);
  });

  it("reads an XES in the Windows-1252 its declaration names, æøå intact", async () => {
    const store = memoryStore();
    const utf8 = readFileSync(`${IMPORT_FIXTURES}sagsforloeb.xes`, "utf8").replace(
      /encoding="UTF-8"/i,
      'encoding="windows-1252"',
    );
    expect(utf8).toContain('encoding="windows-1252"');
    const file = join(tempDir(), "cp1252.xes");
    writeFileSync(file, iconv.encode(utf8, "win1252"));
    const mapping = loadMapping(`${IMPORT_FIXTURES}sagsforloeb.mapping.yaml`);
    expect(await run(importIntoStore(file, { mapping, store, pseudoKey: "k" }))).toMatchObject({
      stored: 2,
      rejectsTotal: 0,
    });
    const events = await run(store.readAll({ streamPrefix: "sag-" }));
    expect(JSON.stringify(events)).toContain("Mette Ødegaard");
  });

  it("fails with EventStoreError when the store is closed", async () => {
    const dir = tempDir();
    const store = await sqliteStore(join(dir, "closed.db"));
    await run(store.close());
    const e = await Effect.runPromise(
      Effect.flip(
        importIntoStore(IMPORT_FIXTURES + IMPORT_CASES[0][0], {
          mapping: loadMapping(IMPORT_FIXTURES + IMPORT_CASES[0][1]),
          store,
          pseudoKey: "k",
        }),
      ),
    );
    expect(e._tag).toBe("EventStoreError");
  });
});

describe("no CPR number in the SQLite store or the logs", () => {
  it("imports every fixture into SQLite and finds no fixture CPR in the database files or captured logs", async () => {
    const logged: Array<string> = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: Array<unknown>) => {
        logged.push(args.map(String).join(" "));
      }),
    );
    const path = join(tempDir(), "history.db");
    const store = await sqliteStore(path);
    const results = [];
    for (const [file, mapping] of IMPORT_CASES)
      results.push(await importFixture(store, file, mapping));
    await run(store.close());
    for (const s of spies) s.mockRestore();
    const bytes = [path, `${path}-wal`]
      .filter(existsSync)
      .map((f) => readFileSync(f).toString("latin1"))
      .join("");
    const haystack = `${bytes}\n${logged.join("\n")}\n${JSON.stringify(results)}`;
    expect(bytes).toContain("psn-");
    for (const cpr of FIXTURE_CPRS) expect(haystack, cpr).not.toContain(cpr);
  });
});
