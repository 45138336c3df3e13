// `sagsflow export` through the real bin: export → import → export is byte-identical via the CLI, `--run ID`
// exports a run stored by `run --store`, and an unknown run id or clashing options exit 2.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_IMPORTS, sqliteEnv, T } from "../testing/historyCliFixtures";
import { runCliInProcess } from "../testing/runCliInProcess";
import { BASELINE, REPO_ROOT, spawnCli } from "../testing/spawnCli";

/** In process: seven tsx starts of the bin took over a minute on a busy machine. */
const cli = (args: ReadonlyArray<string>, env: Record<string, string>) =>
  runCliInProcess(
    args.map((a) => (a.startsWith("test/") ? join(REPO_ROOT, a) : a)),
    env,
  );

describe("sagsflow export", () => {
  it(
    "round-trips XES: export, import without --mapping into a new store, export again gives the same bytes",
    async () => {
      const source = sqliteEnv();
      for (const [file, mapping] of FIXTURE_IMPORTS.slice(1))
        expect((await cli(["import", file, "--mapping", mapping], source.env)).code).toBe(0);
      const file = join(source.dir, "history.xes");
      const first = await cli(
        ["export", "--from-store", "--format", "xes", "--out", file],
        source.env,
      );
      expect([first.code, first.stdout]).toEqual([0, ""]);
      const target = sqliteEnv();
      const imported = await cli(["import", file, "--json"], target.env);
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ stored: 6, rejected: 0 });
      const second = await cli(["export", "--format", "xes"], target.env);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(readFileSync(file, "utf8"));
      expect(second.stdout).toContain("<trace>");
    },
    T,
  );

  it(
    "exports a simulated run stored with run --store --run-id as history streams",
    async () => {
      const { env } = sqliteEnv();
      const stored = await spawnCli(
        [
          "run",
          BASELINE,
          "--replications",
          "1",
          "--cases",
          "50",
          "--workers",
          "1",
          "--store",
          "--run-id",
          "x1",
        ],
        env,
      );
      expect(stored.code).toBe(0);
      const csv = await spawnCli(["export", "--run", "x1", "--format", "csv"], env);
      expect(csv.code).toBe(0);
      expect(csv.stdout).toMatch(/^case_id,activity,start_time,end_time,resource,lifecycle,seq/);
      expect(csv.stdout).toContain("SygemeldingReceived");
      // The history itself stays empty: simulated streams never count as history.
      const history = await spawnCli(["export", "--format", "csv"], env);
      expect(history.stdout.trimEnd().split("\n")).toHaveLength(1);
    },
    T,
  );

  it(
    "exits 2 for an unknown run id, --run with --from-store, or a missing --format",
    async () => {
      const { env } = sqliteEnv();
      const unknown = await spawnCli(["export", "--run", "nope", "--format", "ocel"], env);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("sim-nope-sag-")]);
      const both = await spawnCli(["export", "--run", "a", "--from-store", "--format", "xes"], env);
      expect(both.code).toBe(2);
      expect((await spawnCli(["export"], env)).code).toBe(2);
    },
    T,
  );
});
