// `sagsflow events`: one replication's log in each format, deterministic, to stdout or a file.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASELINE, spawnCli } from "../testing/spawnCli";

const T = 60_000;
const SMALL = ["--cases", "100"];

describe("sagsflow events", () => {
  it(
    "writes jsonl with streamId per line, ordered by date, the same bytes twice",
    async () => {
      const args = ["events", BASELINE, ...SMALL, "--format", "jsonl", "--run-id", "e1"];
      const [a, b] = [await spawnCli(args), await spawnCli(args)];
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
      const lines = a.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.every((l) => /^sim-e1-(sag|rekruttering)-/.test(l.streamId))).toBe(true);
      const dates = lines.map((l) => l.event.date as string);
      expect([...dates].sort()).toEqual(dates);
      expect(lines.some((l) => l.event._tag === "RaskmeldingRegistered")).toBe(true);
    },
    T,
  );

  it.each([
    ["csv", /^case_id,activity,start_time,end_time,resource,lifecycle,seq/],
    ["xes", /^<\?xml version="1.0" encoding="UTF-8"\?>\n<log xes.version="1849-2016"/],
    ["ocel", /^\{"objectTypes":/],
  ])(
    "writes %s through the interop writers",
    async (format, start) => {
      const r = await spawnCli(["events", BASELINE, ...SMALL, "--format", format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(start);
      expect(r.stdout).toContain("SygemeldingReceived");
    },
    T,
  );

  it(
    "writes to --out and changes with --seed",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "sagsflow-events-"));
      const one = await spawnCli([
        "events",
        BASELINE,
        ...SMALL,
        "--format",
        "csv",
        "--out",
        join(dir, "1.csv"),
      ]);
      const two = await spawnCli([
        "events",
        BASELINE,
        ...SMALL,
        "--format",
        "csv",
        "--seed",
        "2",
        "--out",
        join(dir, "2.csv"),
      ]);
      expect([one.code, two.code, one.stdout]).toEqual([0, 0, ""]);
      expect(readFileSync(join(dir, "1.csv"), "utf8")).not.toBe(
        readFileSync(join(dir, "2.csv"), "utf8"),
      );
    },
    T,
  );

  it(
    "exits 2 for an unknown format or an unwritable --out",
    async () => {
      const bad = await spawnCli(["events", BASELINE, "--format", "pdf"]);
      expect(bad.code).toBe(2);
      const out = await spawnCli([
        "events",
        BASELINE,
        ...SMALL,
        "--format",
        "csv",
        "--out",
        "/no/such/dir/x.csv",
      ]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain("/no/such/dir/x.csv");
    },
    T,
  );
});
