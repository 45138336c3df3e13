// Issue 19 acceptance: a realistic municipal export (test/fixtures/import/README.md: Windows-1252, semicolons, mixed
// date forms, CPR-nr., Navn, blank rows, trailing semicolons, a totals row, labels in varying case, three genuinely
// bad cases) imports through the draft of `sagsflow mapping init` with only the value map edited, storing every good
// case; nothing of it is stored without --partial; the reasons are Danish; no CPR number or name leaves the CLI.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { openSqliteEventStore, domainEventCodec } from "@sagsflow/eventstore/node";
import type { DomainEvent } from "@sagsflow/domain";
import { readCaseStreams } from "../history";
import { sqliteEnv, T } from "../testing/historyCliFixtures";
import { runCliInProcess } from "../testing/runCliInProcess";
import { REPO_ROOT } from "../testing/spawnCli";

const EXPORT = join(REPO_ROOT, "test/fixtures/import/kommune-eksport-win1252.csv");
const BAD = ["2024-1003", "2024-1010", "2024-1014"];
const rows = iconv
  .decode(readFileSync(EXPORT), "win1252")
  .split("\r\n")
  .map((l) => l.split(";"))
  .slice(1)
  .filter((c) => /^\d{4}-\d{4}$/.test(c[0] ?? ""));
const ALL_CASES = [...new Set(rows.map((c) => c[0] as string))].sort();
const PERSONAL = [
  ...new Set(
    rows.flatMap((c) => [c[1] as string, (c[1] as string).replace("-", ""), c[2] as string]),
  ),
];

/** The one edit the acceptance allows: translations in the value map. */
function editValueMap(draft: string): string {
  const doc = parseDocument(draft);
  doc.setIn(["values", "Ansættelsesforhold", "Orlov"], "ansat");
  return doc.toString();
}

describe("a realistic municipal export through `mapping init`", () => {
  it(
    "stores every good case with the drafted mapping (value map edited only), nothing without --partial, Danish reasons, no personal data out",
    async () => {
      expect(ALL_CASES).toHaveLength(36);
      const { dir, db, env } = sqliteEnv();
      const init = await runCliInProcess(["mapping", "init", EXPORT], env);
      expect([init.code, init.stderr]).toEqual([0, ""]);
      expect(init.stdout).toContain('"Orlov" (21 rækker) er ikke genkendt');
      const edited = editValueMap(init.stdout);
      const { values: _a, ...draftRest } = parseDocument(init.stdout).toJS();
      const { values: _b, ...editedRest } = parseDocument(edited).toJS();
      expect(editedRest).toEqual(draftRest);
      const mapping = join(dir, "kommune.mapping.yaml");
      writeFileSync(mapping, edited);

      const dry = await runCliInProcess(
        ["import", EXPORT, "--mapping", mapping, "--dry-run", "--json"],
        env,
      );
      expect(dry.code).toBe(4);
      expect(JSON.parse(dry.stdout)).toMatchObject({
        mode: "prøvekørsel",
        stored: 0,
        notStored: 33,
        rejected: 3,
        blankRows: 4,
        skippedRows: 1,
      });
      const strict = await runCliInProcess(["import", EXPORT, "--mapping", mapping], env);
      expect(strict.code).toBe(4);
      expect(strict.stdout).toContain(
        "Intet gemt: 3 rækker er afvist, og importen er alt-eller-intet",
      );

      const rejectsCsv = join(dir, "afviste.csv");
      const partial = await runCliInProcess(
        ["import", EXPORT, "--mapping", mapping, "--partial", "--rejects", rejectsCsv, "--json"],
        env,
      );
      expect([partial.code, partial.stderr]).toEqual([4, ""]);
      const result = JSON.parse(partial.stdout);
      expect(result).toMatchObject({
        mode: "delvis",
        stored: 33,
        rejected: 3,
        rowsRejected: 3,
        ignored: 11,
      });
      const reasons = Object.fromEntries(
        result.rejects.map((r: { caseId: string; reason: string }) => [r.caseId, r.reason]),
      );
      expect(Object.keys(reasons).sort()).toEqual(BAD);
      expect(reasons["2024-1003"]).toBe(
        "opfølgningssamtale 2024-03-03: efter at sagen blev afsluttet 2024-02-27; intet efter afslutning (regel: nothing after the case is closed)",
      );
      expect(reasons["2024-1010"]).toBe(
        'datoen "31-02-2024" kan ikke læses: datoen findes ikke i kalenderen',
      );
      expect(reasons["2024-1014"]).toContain("sagen har ingen sygemelding før denne række");

      const store = await Effect.runPromise(
        openSqliteEventStore<DomainEvent>(db, { codec: domainEventCodec }),
      );
      const cases = await Effect.runPromise(readCaseStreams(store));
      await Effect.runPromise(store.close());
      expect(cases.map((c) => c.caseId).sort()).toEqual(ALL_CASES.filter((c) => !BAD.includes(c)));
      const first = cases.find((c) => c.caseId === "2024-1000")?.events[0];
      expect(first).toMatchObject({
        _tag: "SygemeldingReceived",
        date: "2024-01-08",
        firstAbsenceDay: "2024-01-08",
        employment: "ansat",
        ageBand: "60-plus",
        diagnosisGroup: "ukendt",
        sector: "ukendt",
      });
      expect(cases.find((c) => c.caseId === "2024-1000")?.events[1]).toMatchObject({
        _tag: "VisitationCompleted",
        kategori: 3,
        resource: "Søren Ærø",
      });
      expect(cases.find((c) => c.caseId === "2024-1002")?.events[0]).toMatchObject({
        employment: "ledig-forsikret",
      });

      const again = await runCliInProcess(
        ["import", EXPORT, "--mapping", mapping, "--partial", "--json"],
        env,
      );
      expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, duplicates: 33 });

      // Calibration over the imported export says how many demographics were unknown (the export has none).
      const calibrate = await runCliInProcess(["calibrate"], env);
      expect([calibrate.code, calibrate.stderr]).toEqual([0, ""]);
      expect(calibrate.stdout).toContain(
        'Ukendt i historikken (tilpasset som egen gruppe "ukendt"): diagnosegruppe 33 af 33 sager, sektor 33 af 33 sager',
      );

      const outputs = [init, dry, strict, partial, again, calibrate].flatMap((r) => [
        r.stdout,
        r.stderr,
      ]);
      const files = readdirSync(dir).map(
        (f) =>
          readFileSync(join(dir, f)).toString("latin1") +
          readFileSync(join(dir, f)).toString("utf8"),
      );
      const haystack = [...outputs, ...files].join("\n");
      for (const value of PERSONAL) expect(haystack, value).not.toContain(value);
    },
    T * 3,
  );
});
