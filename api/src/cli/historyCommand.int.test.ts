// `sagsflow history kpis|case` over a SQLite store filled by `sagsflow import`: the run KPI JSON shape plus
// `monthly`, one case's timeline, and exit 2 for a bad date or an unknown case.
import { kpiIds } from "@sagsflow/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { KSD, KSD_MAPPING, sqliteEnv, T } from "../testing/historyCliFixtures";
import { spawnCli } from "../testing/spawnCli";

describe("sagsflow history", () => {
  const { env } = sqliteEnv();
  beforeAll(async () => {
    expect((await spawnCli(["import", KSD, "--mapping", KSD_MAPPING, "--partial"], env)).code).toBe(
      4,
    );
  }, T);

  it(
    "kpis --json gives every run KPI with ci95 null, and monthly KPIs over the range",
    async () => {
      const r = await spawnCli(["history", "kpis", "--json"], env);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ schemaVersion: 1, cases: 2, events: 8 });
      expect(Object.keys(report.kpis).sort()).toEqual([...kpiIds].sort());
      expect(report.kpis.rettidighed).toMatchObject({ ci95: null, unit: "andel" });
      expect(report.monthly.length).toBeGreaterThan(0);
      expect(report.monthly[0].month).toBe(report.from.slice(0, 7));
    },
    T,
  );

  it(
    "kpis honours --from/--to and rejects a malformed date with exit 2",
    async () => {
      const r = await spawnCli(
        ["history", "kpis", "--from", "2024-02-01", "--to", "2024-02-29", "--json"],
        env,
      );
      expect(JSON.parse(r.stdout)).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
      const bad = await spawnCli(["history", "kpis", "--from", "01-02-2024"], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("01-02-2024");
    },
    T,
  );

  it(
    "kpis prints a Danish table by default",
    async () => {
      const r = await spawnCli(["history", "kpis"], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("2 sager, 8 hændelser");
      expect(r.stdout).toContain("Rettidighed");
      expect(r.stdout).toMatch(/\d,\d %/);
    },
    T,
  );

  it(
    "case gives the stored events in order with deadlines; an unknown case exits 2",
    async () => {
      const json = JSON.parse(
        (await spawnCli(["history", "case", "S-1001", "--json"], env)).stdout,
      );
      expect(json.caseId).toBe("S-1001");
      expect(json.events.map((e: { version: number }) => e.version)).toEqual([1, 2, 3, 4, 5]);
      expect(json.events[0].event._tag).toBe("SygemeldingReceived");
      expect(json.deadlines[0]).toHaveProperty("source");
      const text = await spawnCli(["history", "case", "S-1001"], env);
      expect(text.stdout).toMatch(/^Sag S-1001: 5 hændelser/);
      const unknown = await spawnCli(["history", "case", "S-9999"], env);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("S-9999")]);
    },
    T,
  );
});
