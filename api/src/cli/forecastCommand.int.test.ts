// `sagsflow forecast` through the real bin on the hand-checked three-case fixture (test/src/calibration): A's first
// samtale (due 2024-02-26) is certainly missed with no caseworker, never with five; exit 2 on an empty store.
import { describe, expect, it } from "vitest";
import { forecastFixtureEnv, forecastScenario } from "../testing/calibrationCliFixtures";
import { sqliteEnv, T } from "../testing/historyCliFixtures";
import { spawnCli } from "../testing/spawnCli";

const args = (scenario: string) => [
  "forecast",
  "--scenario",
  scenario,
  "--now",
  "2024-02-01",
  "--replications",
  "5",
];

describe("sagsflow forecast", () => {
  it(
    "--json lists A's first samtale as certainly missed when no caseworker is at work",
    async () => {
      const { dir, env } = await forecastFixtureEnv();
      const r = await spawnCli([...args(forecastScenario(dir, 0)), "--json"], env);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const f = JSON.parse(r.stdout);
      expect(f).toMatchObject({ schemaVersion: 1, now: "2024-02-02", weeks: 8, openCases: 2 });
      expect(f.atRisk).toEqual([
        { caseId: "A", rule: "foersteOpfoelgning", due: "2024-02-26", probability: 1 },
      ]);
      expect(f.caseloadPerWeek).toHaveLength(8);
      expect(f.caseloadPerWeek[0]).toEqual({ weekStart: "2024-02-02", expected: 2 });
    },
    T,
  );

  it(
    "gives probability 0 with room at the desk, and a Danish table by default",
    async () => {
      const { dir, env } = await forecastFixtureEnv();
      const json = await spawnCli([...args(forecastScenario(dir, 5)), "--json"], env);
      // A deadline with 0 % risk needs no action: hidden by default, counted, and shown by --all.
      expect(JSON.parse(json.stdout)).toMatchObject({ atRisk: [], hiddenZeroRisk: 1 });
      const all = await spawnCli([...args(forecastScenario(dir, 5)), "--json", "--all"], env);
      expect(JSON.parse(all.stdout).atRisk).toEqual([
        { caseId: "A", rule: "foersteOpfoelgning", due: "2024-02-26", probability: 0 },
      ]);
      const hidden = await spawnCli(args(forecastScenario(dir, 5)), env);
      expect(hidden.stdout).toContain("1 frister med 0 % risiko er ikke vist (--all viser dem).");
      const human = await spawnCli(args(forecastScenario(dir, 0)), env);
      expect(human.code).toBe(0);
      expect(human.stdout).toContain("2 åbne af 3 gemte sager");
      expect(human.stdout).toMatch(/A\s+Første opfølgningssamtale\s+2024-02-26\s+100,0 %/);
      expect(human.stdout).toContain("forventede åbne sager");
    },
    T,
  );

  it(
    "starts today by default, and after the last stored event (saying so) when today is past the history",
    async () => {
      const { dir, env } = await forecastFixtureEnv();
      const scenario = ["forecast", "--scenario", forecastScenario(dir, 5), "--replications", "2"];
      const inside = await spawnCli([...scenario, "--json"], {
        ...env,
        SAGSFLOW_TODAY: "2024-01-20",
      });
      expect(JSON.parse(inside.stdout)).toMatchObject({ start: "today", now: "2024-01-21" });
      const late = { ...env, SAGSFLOW_TODAY: "2030-06-01" };
      const after = JSON.parse((await spawnCli([...scenario, "--json"], late)).stdout);
      expect(after.start).toBe("afterHistory");
      expect(after.now > after.history.last).toBe(true);
      const text = await spawnCli(scenario, late);
      expect(text.stdout).toContain(`Historikken slutter ${after.history.last}`);
    },
    T,
  );

  it(
    "exits 2 with one Danish line when the store holds no history, and on a bad --weeks",
    async () => {
      const { env } = sqliteEnv();
      const empty = await spawnCli(["forecast"], env);
      expect([empty.code, empty.stdout]).toEqual([2, ""]);
      expect(empty.stderr).toMatch(
        /^fejl: historikken er tom: sqlite .*history\.db .*sagsflow import/,
      );
      expect(empty.stderr.trim().split("\n")).toHaveLength(1);
      const weeks = await spawnCli(["forecast", "--weeks", "0"], env);
      expect(weeks.code).toBe(2);
      expect(weeks.stderr).toContain("weeks = 0");
    },
    T,
  );
});
