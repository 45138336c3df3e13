// Worker-thread replications must equal the in-process run for the same inputs (seeds).
import { describe, expect, it } from "vitest";
import { runMmc } from "../../examples/mmc";
import { runReplications } from "../index.node";

const moduleUrl = new URL("../../examples/mmc.ts", import.meta.url).href;
const inputs = Array.from({ length: 6 }, (_, i) => ({
  seed: 100 + i,
  arrivalRate: 1.6,
  serviceRate: 1,
  servers: 2,
  horizon: 2_000,
  warmup: 100,
}));

describe("runReplications", () => {
  it("returns results in input order, identical to a single-thread run", async () => {
    const parallel = await runReplications({ moduleUrl, exportName: "runMmc", inputs, workers: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(inputs.map(runMmc)));
  }, 30_000);

  it("fails with ReplicationFailed naming a missing export", async () => {
    await expect(
      runReplications({ moduleUrl, exportName: "nope", inputs, workers: 1 }),
    ).rejects.toMatchObject({
      _tag: "ReplicationFailed",
      index: 0,
      reason: expect.stringContaining("nope"),
    });
  }, 30_000);

  it("resolves an empty input list without starting workers", async () => {
    expect(await runReplications({ moduleUrl, exportName: "runMmc", inputs: [] })).toEqual([]);
  });
});
