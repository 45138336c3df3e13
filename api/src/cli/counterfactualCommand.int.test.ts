// `sagsflow counterfactual` through the real bin on a SQLite store holding the first 300 demo cases: a variant that
// changes nothing gives exactly zero differences; virksomhedsservice before raskmelding shortens raskmelding → job.
import { beforeAll, describe, expect, it } from "vitest";
import { demoHistoryEnv, writeVariant } from "../testing/calibrationCliFixtures";
import { type SqliteEnv, T } from "../testing/historyCliFixtures";
import { spawnCli, VS_FOER_RASKMELDING } from "../testing/spawnCli";

const SMALL = ["--replications", "2", "--seed", "5"];

describe("sagsflow counterfactual", () => {
  let demo: SqliteEnv;
  beforeAll(async () => {
    demo = await demoHistoryEnv(300);
  }, T);

  it(
    "gives all-zero differences, per case and in aggregate, for a variant that extends the baseline unchanged",
    async () => {
      const variant = writeVariant(demo.dir, "uaendret.yaml");
      const r = await spawnCli(["counterfactual", variant, ...SMALL, "--json"], demo.env);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ schemaVersion: 1, baseline: "baseline", variant: "uaendret" });
      expect(report.cases.length).toBeGreaterThan(250);
      for (const m of Object.values(report.aggregate) as Array<Record<string, unknown>>) {
        expect(m.difference).toBe(0);
        expect(m.ci95).toEqual([0, 0]);
        expect(m.history).not.toBeNull();
      }
      for (const c of report.cases)
        expect(Object.values(c.differences).every((d) => d === 0)).toBe(true);
    },
    T,
  );

  it(
    "shows a negative raskmelding → job difference for virksomhedsservice before raskmelding, history beside",
    async () => {
      const json = await spawnCli(
        ["counterfactual", VS_FOER_RASKMELDING, ...SMALL, "--json"],
        demo.env,
      );
      expect(json.code).toBe(0);
      const d = JSON.parse(json.stdout).aggregate.raskmeldingToJobDays;
      expect(d.difference).toBeLessThan(0);
      expect(d.ci95[1]).toBeLessThan(0);
      expect(d.history).toBeGreaterThan(0);
      const human = await spawnCli(["counterfactual", VS_FOER_RASKMELDING, ...SMALL], demo.env);
      expect(human.code).toBe(0);
      expect(human.stdout).toMatch(
        /Raskmelding → job\s+\d+,\d dage\s+\d+,\d dage\s+\d+,\d dage\s+-\d+,\d dage/,
      );
      expect(human.stdout).toContain("Største forskelle pr. sag (10 af");
    },
    T,
  );

  it(
    "exits 2 when the variant extends nothing and no --baseline is given, or the range holds no case",
    async () => {
      const r = await spawnCli(["counterfactual", "scenarios/library/baseline.yaml"], demo.env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^fejl: --baseline = .*angiv --baseline/);
      const empty = await spawnCli(
        ["counterfactual", VS_FOER_RASKMELDING, "--from", "2020-01-01", "--to", "2020-01-31"],
        demo.env,
      );
      expect(empty.code).toBe(2);
      expect(empty.stderr).toMatch(/^fejl: historikken er tom/);
    },
    T,
  );
});
