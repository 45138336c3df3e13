/** Test helper for the History I commands: a fresh SQLite store per test and the import fixtures
 *  (test/fixtures/import/README.md), as paths relative to the repository root where `spawnCli` runs. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = "test/fixtures/import/";
export const KSD = `${FIXTURES}ksd-sygedagpenge-win1252.csv`;
export const KSD_MAPPING = `${FIXTURES}ksd-sygedagpenge-win1252.mapping.yaml`;

/** Each fixture with its mapping; KSD has three bad cases, the others none. */
export const FIXTURE_IMPORTS = [
  [KSD, KSD_MAPPING],
  [`${FIXTURES}jobcenter-forloeb-utf8bom.csv`, `${FIXTURES}jobcenter-forloeb-utf8bom.mapping.yaml`],
  [`${FIXTURES}sagsforloeb.xes`, `${FIXTURES}sagsforloeb.mapping.yaml`],
  [`${FIXTURES}sagsforloeb.jsonocel`, `${FIXTURES}sagsforloeb.ocel.mapping.yaml`],
] as const;

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "sagsflow-histcli-"));

export interface SqliteEnv {
  readonly dir: string;
  readonly db: string;
  readonly env: Record<string, string>;
}

/** A new database file in a new folder, with the pseudonymisation key the CPR fixtures need. */
export const sqliteEnv = (): SqliteEnv => {
  const dir = tempDir();
  const db = join(dir, "history.db");
  return {
    dir,
    db,
    env: { SAGSFLOW_STORE: "sqlite", SAGSFLOW_DB: db, SAGSFLOW_PSEUDO_KEY: "cli-test-key" },
  };
};

export const T = 60_000;
