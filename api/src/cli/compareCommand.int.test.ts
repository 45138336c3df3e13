// The acceptance command: `compare baseline vs-foer-raskmelding --seed 1 --replications 20 --json`.
import { kpiIds } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import { BASELINE, SMALL, spawnCli, VS_FOER_RASKMELDING } from "../testing/spawnCli";

describe("sagsflow compare", () => {
  it("meets the acceptance: contract, both waits shorter with CIs below 0, byte-identical twice", async () => {
    const args = [
      "compare",
      BASELINE,
      VS_FOER_RASKMELDING,
      "--seed",
      "1",
      "--replications",
      "20",
      "--json",
    ];
    const [a, b] = [await spawnCli(args), await spawnCli(args)];
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).not.toMatch(/NaN|Infinity/);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out)).toEqual(["schemaVersion", "baseline", "variants"]);
    expect(out.baseline).toMatchObject({
      schemaVersion: 1,
      scenario: "baseline",
      seed: 1,
      replications: 20,
    });
    const [variant] = out.variants;
    expect(Object.keys(variant)).toEqual(["scenario", "kpis", "difference"]);
    expect(variant.scenario).toBe("vs-foer-raskmelding");
    expect(Object.keys(variant.difference)).toEqual([...kpiIds]);
    for (const id of ["waitRaskmeldingToVirksomhedsserviceDays", "waitRaskmeldingToJobDays"]) {
      expect(variant.difference[id].ci95[1], id).toBeLessThan(0);
    }
  }, 120_000);

  it("prints a Danish comparison table with a verdict column", async () => {
    const r = await spawnCli([
      "compare",
      BASELINE,
      VS_FOER_RASKMELDING,
      ...SMALL,
      "--workers",
      "1",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Variant: Virksomhedsservice før raskmelding (vs-foer-raskmelding)");
    // Since issue 16 the lever moves the job by a few days (contact ×1.10, decision 0170): too little to call at 3 × 300
    // cases; the wait to virksomhedsservice falls by weeks and is called better.
    expect(r.stdout).toMatch(/Ventetid fra raskmelding til virksomhedsservice .* bedre/);
  }, 60_000);
});
