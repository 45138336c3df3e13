// `sagsflow calibrate` then `sagsflow validate` through the real bin on a SQLite store holding the first 300 demo
// cases: the calibrated scenario marks its fitted values, validate reports distances; empty store and bad dates exit 2,
// an unusable store exits 3.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { demoHistoryEnv } from "../testing/calibrationCliFixtures";
import { type SqliteEnv, sqliteEnv, T } from "../testing/historyCliFixtures";
import { spawnCli } from "../testing/spawnCli";

describe("sagsflow calibrate and validate", () => {
  let demo: SqliteEnv;
  beforeAll(async () => {
    demo = await demoHistoryEnv(300);
  }, T);

  it(
    "calibrate --out --json writes a scenario whose fitted values say calibrated <period>; validate gives distances",
    async () => {
      const out = join(demo.dir, "kalibreret.yaml");
      const r = await spawnCli(["calibrate", "--out", out, "--json"], demo.env);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ schemaVersion: 1, cases: 300, out });
      expect(report.period).toMatch(/^\d{4}-\d{2}\.\.\d{4}-\d{2}$/);
      expect(report.fitted.map((f: { path: string[] }) => f.path.join("."))).toContain(
        "arrivals.perWeek",
      );
      const scenario = parse(readFileSync(out, "utf8"));
      expect(scenario.arrivals.perWeek.source).toBe(`calibrated ${report.period}`);
      expect(scenario.id).toBe("calibrated");

      const v = await spawnCli(["validate", out, "--replications", "2", "--json"], demo.env);
      expect([v.code, v.stderr]).toEqual([0, ""]);
      const validation = JSON.parse(v.stdout);
      expect(validation).toMatchObject({
        schemaVersion: 1,
        scenario: "calibrated",
        replications: 2,
      });
      for (const d of [
        "cycleTimeEmdDays",
        "recoveryEmdDays",
        "rettidighedMonthlyErrorPp",
        "historyMeanCycleDays",
      ])
        expect(typeof validation[d]).toBe("number");
      expect(["god", "acceptabel", "svag"]).toContain(validation.verdict);
      expect(Array.isArray(validation.advice)).toBe(true);
    },
    T,
  );

  it(
    "without --out prints the summary as YAML comments followed by the scenario; validate prints a Danish table",
    async () => {
      const r = await spawnCli(["calibrate"], demo.env);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^# Kalibreret \d{4}-\d{2}\.\.\d{4}-\d{2} .*: 300 sager/);
      expect(r.stdout).toContain("# Historikkens rettidighed (rapporteret, aldrig tilpasset)");
      expect(parse(r.stdout).family).toBe("kalibrering");
      const v = await spawnCli(
        ["validate", "scenarios/library/baseline.yaml", "--replications", "1"],
        demo.env,
      );
      expect(v.code).toBe(0);
      expect(v.stdout).toContain("Forløbstid (EMD)");
      expect(v.stdout).toMatch(/Vurdering: (god|acceptabel|svag)/);
    },
    T,
  );

  it(
    "exits 2 on an empty store with one line suggesting import, and on a bad --from",
    async () => {
      const { env } = sqliteEnv();
      for (const args of [["calibrate"], ["validate", "scenarios/library/baseline.yaml"]]) {
        const r = await spawnCli(args, env);
        expect([r.code, r.stdout]).toEqual([2, ""]);
        expect(r.stderr).toMatch(/^fejl: historikken er tom: sqlite .*sagsflow import/);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
      }
      const bad = await spawnCli(["calibrate", "--from", "2022-13-01"], demo.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^fejl: --from = 2022-13-01: /);
    },
    T,
  );

  it(
    "exits 3 naming the store when SAGSFLOW_DB cannot be opened",
    async () => {
      const { dir, env } = sqliteEnv();
      const r = await spawnCli(["calibrate"], { ...env, SAGSFLOW_DB: dir });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(
        new RegExp(`^fejl: hændelseslageret sqlite ${dir} er utilgængeligt`),
      );
    },
    T,
  );
});
