// `sagsflow run` as a user runs it: the --json contract, determinism, seeds, worker count, exit codes.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kpiIds } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import { BASELINE, REPO_ROOT, SMALL, spawnCli } from "../testing/spawnCli";

const T = 60_000;

describe("sagsflow run --json", () => {
  it(
    "follows the contract with seed 1 by default and no NaN",
    async () => {
      const r = await spawnCli(["run", BASELINE, ...SMALL, "--json"]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|Infinity/);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({
        schemaVersion: 1,
        scenario: "baseline",
        seed: 1,
        replications: 3,
        cases: 300,
      });
      expect(Object.keys(out.kpis)).toEqual([...kpiIds]);
      for (const id of kpiIds) {
        const k = out.kpis[id];
        expect(Object.keys(k)).toEqual(["mean", "ci95", "unit", "n"]);
        expect(k.ci95 === null || (k.ci95.length === 2 && k.ci95[0] <= k.ci95[1])).toBe(true);
      }
      expect(r.stderr).toBe("");
    },
    T,
  );

  it(
    "is byte-identical for 1 and 2 workers, and --seed 2 changes a mean",
    async () => {
      const one = await spawnCli(["run", BASELINE, ...SMALL, "--json", "--workers", "1"]);
      const two = await spawnCli(["run", BASELINE, ...SMALL, "--json", "--workers", "2"]);
      const seed2 = await spawnCli([
        "run",
        BASELINE,
        ...SMALL,
        "--json",
        "--workers",
        "1",
        "--seed",
        "2",
      ]);
      expect(one.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      const means = (s: string) => kpiIds.map((id) => JSON.parse(s).kpis[id].mean);
      expect(means(seed2.stdout)).not.toEqual(means(one.stdout));
    },
    T,
  );
});

describe("sagsflow run (human output)", () => {
  it(
    "prints a Danish table with units and intervals",
    async () => {
      const r = await spawnCli(["run", BASELINE, ...SMALL, "--workers", "1"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Scenarie: Mellemstor kommune, regler 2020-24 (baseline)");
      expect(r.stdout).toMatch(
        /Ventetid fra raskmelding til virksomhedsservice +\d+,\d dage +\d+,\d–\d+,\d/,
      );
      expect(r.stdout).toMatch(/Rettidighed +\d+,\d %/);
    },
    T,
  );
});

describe("sagsflow run errors", () => {
  it(
    "exits 2 with one line naming the field and value of a malformed scenario",
    async () => {
      const file = join(tmpdir(), "sagsflow-malformed.yaml");
      const base = join(REPO_ROOT, BASELINE);
      writeFileSync(
        file,
        `schemaVersion: 1\nid: bad\nname: Bad\nextends: ${base}\narrivals:\n  perWeek: -5\n`,
      );
      const r = await spawnCli(["run", file, ...SMALL]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("arrivals.perWeek = -5");
    },
    T,
  );

  it.each([
    [["run", BASELINE, "--seed", "x"], "--seed"],
    [["run", BASELINE, "--replications", "0"], "replications = 0"],
    [["run", "no/such/file.yaml"], "not found"],
    [["run"], "scenario"],
    [["frob"], "frob"],
  ])(
    "exits 2 on %j with one line",
    async (args, mention) => {
      const r = await spawnCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(mention);
    },
    T,
  );

  it(
    "exits 0 with the help text",
    async () => {
      const r = await spawnCli(["--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("compare");
    },
    T,
  );
});
