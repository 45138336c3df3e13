// `sagsflow import` through the real bin into SQLite: exit 4 with line and reason for bad rows, duplicates on
// re-import, the own-export mapping without --mapping, exit 2 for unusable input and 3 for an unavailable store.
import { describe, expect, it } from "vitest";
import {
  FIXTURE_IMPORTS,
  FIXTURES,
  KSD,
  KSD_MAPPING,
  sqliteEnv,
  T,
} from "../testing/historyCliFixtures";
import { join } from "node:path";
import { runCliInProcess } from "../testing/runCliInProcess";
import { REPO_ROOT, spawnCli } from "../testing/spawnCli";

/** In process (a tsx start of the bin costs seconds on a busy machine); two tests below still spawn the real bin. */
const cli = (args: ReadonlyArray<string>, env: Record<string, string>) =>
  runCliInProcess(
    args.map((a) => (a.startsWith("test/") || a.startsWith("no/") ? join(REPO_ROOT, a) : a)),
    env,
  );

describe("sagsflow import", () => {
  it(
    "exits 4 for the KSD file storing nothing; with --partial it stores the good cases, lists each bad row's line, column and reason in JSON, and a re-import stores nothing",
    async () => {
      const { env } = sqliteEnv();
      const strict = await cli(["import", KSD, "--mapping", KSD_MAPPING, "--json"], env);
      expect(strict.code).toBe(4);
      expect(JSON.parse(strict.stdout)).toMatchObject({
        schemaVersion: 2,
        stored: 0,
        notStored: 2,
        rejected: 3,
      });
      const args = ["import", KSD, "--mapping", KSD_MAPPING, "--json", "--partial"];
      const first = await cli(args, env);
      expect(first.code).toBe(4);
      const r = JSON.parse(first.stdout);
      expect(r).toMatchObject({
        schemaVersion: 2,
        mode: "delvis",
        stored: 2,
        rejected: 3,
        duplicates: 0,
      });
      expect(r.rejects.map((x: { line: number }) => x.line)).toEqual([12, 14, 15]);
      expect(r.rejects[0]).toMatchObject({ file: join(REPO_ROOT, KSD), column: "Dato" });
      expect(r.rejects[0].reason).toContain("31-02-2024");
      const again = JSON.parse((await cli(args, env)).stdout);
      expect(again).toMatchObject({ stored: 0, duplicates: 2, eventsStored: 0 });
    },
    T,
  );

  it(
    "imports the other fixtures with exit 0 and prints a Danish summary",
    async () => {
      const { env } = sqliteEnv();
      for (const [file, mapping] of FIXTURE_IMPORTS.slice(1)) {
        const r = await cli(["import", file, "--mapping", mapping], env);
        expect([file, r.code, r.stderr]).toEqual([file, 0, ""]);
        expect(r.stdout).toContain("Gemt: 2 sager");
        expect(r.stdout).toContain("Afvist: 0 sager");
      }
    },
    T,
  );

  it(
    "exits 2 naming --mapping when the file is not a sagsflow export and no mapping is given",
    async () => {
      const r = await spawnCli(["import", `${FIXTURES}sagsforloeb.xes`], sqliteEnv().env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--mapping");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    },
    T,
  );

  it(
    "exits 2 for a missing file, an invalid mapping, or CPR numbers without SAGSFLOW_PSEUDO_KEY",
    async () => {
      const { env } = sqliteEnv();
      const missing = await cli(["import", "no/such.csv", "--mapping", KSD_MAPPING], env);
      expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("no/such.csv")]);
      const badMapping = await cli(["import", KSD, "--mapping", KSD], env);
      expect([badMapping.code, badMapping.stderr]).toEqual([2, expect.stringContaining(KSD)]);
      const noKey = await cli(["import", KSD, "--mapping", KSD_MAPPING], {
        ...env,
        SAGSFLOW_PSEUDO_KEY: "",
      });
      expect([noKey.code, noKey.stderr]).toEqual([
        2,
        expect.stringContaining("SAGSFLOW_PSEUDO_KEY"),
      ]);
    },
    T,
  );

  it(
    "exits 3 naming the store when EventStoreDB does not answer",
    async () => {
      const r = await spawnCli(["import", KSD, "--mapping", KSD_MAPPING], {
        SAGSFLOW_STORE: "eventstoredb",
        EVENTSTOREDB_URL: "esdb://admin:secret@127.0.0.1:1?tls=false",
        SAGSFLOW_PSEUDO_KEY: "k",
      });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain("127.0.0.1:1");
      expect(r.stderr).not.toContain("secret");
    },
    T,
  );
});
