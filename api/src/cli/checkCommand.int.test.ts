// Issue 16 item 1's acceptance: `sagsflow check scenarios/library/baseline.yaml --json` exits 0 with every measured row
// in band; a scenario outside a band prints the Danish table and exits 5.
import { join } from "node:path";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import { describe, expect, it } from "vitest";
import { BASELINE, spawnCli } from "../testing/spawnCli";

describe("sagsflow check", () => {
  it("exits 0 for the library baseline with every measured row in its band", async () => {
    const r = await spawnCli(["check", BASELINE, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.allInBand).toBe(true);
    const measured = out.rows.filter((row: { inBand: boolean | null }) => row.inBand !== null);
    expect(measured.length).toBeGreaterThanOrEqual(8);
    for (const row of measured) expect(row.inBand, row.id).toBe(true);
  }, 120_000);

  it("prints the Danish table and exits 5 when a row is outside its band (Skanderborg's crisis)", async () => {
    const r = await spawnCli([
      "check",
      join(LIBRARY_DIR, "skanderborg/baseline.yaml"),
      "--replications",
      "1",
    ]);
    expect(r.code).toBe(5);
    expect(r.stdout).toContain("Referencebånd");
    expect(r.stdout).toContain("✗");
    expect(r.stdout).toMatch(/ligger uden for referencebåndet/);
  }, 120_000);
});
