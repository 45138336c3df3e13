// `sagsflow demo-history`: the same seed gives the same CSV; `--out` writes a Windows-1252 file and its
// mapping beside it, which `sagsflow import` stores with exit 0.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { sqliteEnv, T } from "../testing/historyCliFixtures";
import { spawnCli } from "../testing/spawnCli";

describe("sagsflow demo-history", () => {
  it(
    "writes the same CSV for the same seed and another for another seed",
    async () => {
      const args = ["demo-history", "--cases", "20"];
      const [a, b, c] = [
        await spawnCli(args),
        await spawnCli(args),
        await spawnCli([...args, "--seed", "2"]),
      ];
      expect([a.code, b.stdout]).toEqual([0, a.stdout]);
      expect(c.stdout).not.toBe(a.stdout);
      expect(a.stdout).toMatch(/^Sagsnr\.;Aktivitet;Dato;/);
      expect(a.stdout).toContain("SYNTETISK sagsflow-demo, frø 1");
    },
    T,
  );

  it(
    "with --out writes CSV (Windows-1252) and <out>.mapping.yaml that import with exit 0",
    async () => {
      const { dir, env } = sqliteEnv();
      const out = join(dir, "fjordby.csv");
      const written = await spawnCli(["demo-history", "--cases", "150", "--out", out]);
      expect(written.code).toBe(0);
      expect(written.stdout).toContain("150 sager");
      const bytes = readFileSync(out);
      expect(iconv.decode(bytes, "win1252")).toContain("Første fraværsdag");
      expect(bytes.includes(Buffer.from("Første", "utf8"))).toBe(false);
      const r = await spawnCli(["import", out, "--mapping", `${out}.mapping.yaml`, "--json"], env);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(JSON.parse(r.stdout)).toMatchObject({ stored: 150, rejected: 0 });
    },
    T,
  );
});
