// No fixture CPR number leaves the CLI: after importing every fixture (and exporting all formats), neither
// stdout, stderr nor the SQLite file holds one, with or without dashes (docs/history.md "Pseudonymisation").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_IMPORTS, sqliteEnv, T } from "../testing/historyCliFixtures";
import { runCliInProcess } from "../testing/runCliInProcess";
import { REPO_ROOT } from "../testing/spawnCli";

// In process: nine tsx starts of the bin took over a minute on a busy machine (bin behaviour is tested elsewhere).
const cli = (args: ReadonlyArray<string>, env: Record<string, string>) =>
  runCliInProcess(
    args.map((a) => (a.startsWith("test/") ? join(REPO_ROOT, a) : a)),
    env,
  );

/** Every CPR-like value in the fixtures (test/fixtures/import/README.md), in both spellings. */
const FIXTURE_CPRS = [
  "0101001111",
  "0202002222",
  "0303003333",
  "0404004444",
  "0505005555",
  "0101004321",
  "0101004322",
  "0101007001",
  "0101007002",
  "0101008001",
  "0101008002",
].flatMap((d) => [d, `${d.slice(0, 6)}-${d.slice(6)}`]);

describe("sagsflow history commands and CPR numbers", () => {
  it("searches for numbers the fixtures really hold", () => {
    const inputs = FIXTURE_IMPORTS.map(([file]) =>
      readFileSync(join(REPO_ROOT, file)).toString("latin1"),
    ).join("\n");
    for (let i = 0; i < FIXTURE_CPRS.length; i += 2)
      expect(
        inputs.includes(FIXTURE_CPRS[i] ?? "-") || inputs.includes(FIXTURE_CPRS[i + 1] ?? "-"),
      ).toBe(true);
  });

  it(
    "keep fixture CPR numbers out of stdout, stderr and the database",
    async () => {
      const { dir, db, env } = sqliteEnv();
      const outputs: Array<string> = [];
      for (const [file, mapping] of FIXTURE_IMPORTS) {
        const r = await cli(["import", file, "--mapping", mapping, "--json", "--partial"], env);
        outputs.push(r.stdout, r.stderr);
      }
      // The human summary prints reject reasons too.
      const [ksd, ksdMapping] = FIXTURE_IMPORTS[0];
      const human = await cli(["import", ksd, "--mapping", ksdMapping], env);
      outputs.push(human.stdout, human.stderr);
      for (const format of ["xes", "csv", "ocel"]) {
        const r = await cli(["export", "--format", format], env);
        expect(r.code).toBe(0);
        outputs.push(r.stdout, r.stderr);
      }
      const kpis = await cli(["history", "kpis", "--json"], env);
      outputs.push(kpis.stdout, kpis.stderr);
      // SQLite may keep recent pages in its write-ahead log beside the file: read everything in the folder.
      const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString("latin1"));
      expect(files.length).toBeGreaterThan(0);
      expect(readFileSync(db).length).toBeGreaterThan(0);
      const text = [...outputs, ...files].join("\n");
      expect(text).toContain("psn-");
      for (const cpr of FIXTURE_CPRS) expect(text, cpr).not.toContain(cpr);
    },
    T,
  );
});
