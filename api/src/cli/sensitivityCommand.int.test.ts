// `sagsflow sensitivity` through the real bin: the JSON contract, the ranked Danish table, and exit 2 for an unknown KPI.
import { describe, expect, it } from "vitest";
import { spawnCli } from "../testing/spawnCli";

const VARIANT = "scenarios/library/lyngby-taarbaek/vs-foer-raskmelding.yaml";
const SMALL = ["--samples", "4", "--replications", "2", "--cases", "200"];
// Since issue 16 the library has about 60 estimated parameters and a year-long warm-up, so even 4 samples × 2
// replications × 200 cases take about 80 CPU-seconds; the budget is honest for a loaded 2-core machine.
const T = 300_000;

const swing = (o: { atLow: { mean: number | null }; atHigh: { mean: number | null } }) =>
  o.atLow.mean === null || o.atHigh.mean === null ? 0 : Math.abs(o.atHigh.mean - o.atLow.mean);

describe("sagsflow sensitivity", () => {
  it(
    "--json follows the contract, one-at-a-time rows ranked by swing",
    async () => {
      const r = await spawnCli(["sensitivity", VARIANT, ...SMALL, "--json"]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({
        schemaVersion: 1,
        scenario: "lyngby-taarbaek-vs-foer-raskmelding",
        kpi: "waitRaskmeldingToJobDays",
        seed: 1,
        lhs: { samples: 4 },
      });
      expect(report.oneAtATime.length).toBeGreaterThan(5);
      const first = report.oneAtATime[0];
      expect(Object.keys(first).sort()).toEqual(["atHigh", "atLow", "high", "low", "parameter"]);
      expect(Object.keys(first.atLow).sort()).toEqual(["ci95", "mean"]);
      const swings = report.oneAtATime.map(swing);
      expect(swings).toEqual([...swings].sort((a: number, b: number) => b - a));
      expect(report.lhs.signStableShare).toBeGreaterThanOrEqual(0);
      expect(report.lhs.signStableShare).toBeLessThanOrEqual(1);
      expect(report.lhs.rankCorrelation[0]).toHaveProperty("rho");
      expect(report.lhs.rankCorrelation[0]).toHaveProperty("parameter");
    },
    T,
  );

  it(
    "prints a Danish table with decimal commas and units by default",
    async () => {
      const r = await spawnCli([
        "sensitivity",
        VARIANT,
        "--samples",
        "2",
        "--replications",
        "1",
        "--cases",
        "100",
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Ventetid fra raskmelding til job");
      expect(r.stdout).toContain("Skøn (efter udsving)");
      expect(r.stdout).toContain("Latinsk hyperkube: 2 stikprøver");
      expect(r.stdout).toMatch(/-?\d+,\d dage/);
      expect(r.stdout).not.toMatch(/\d\.\d/);
    },
    T,
  );

  it(
    "exits 2 naming --kpi and the value for an unknown KPI",
    async () => {
      const r = await spawnCli(["sensitivity", VARIANT, "--kpi", "ventetid"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^fejl: --kpi = ventetid: /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    },
    T,
  );
});
