// `sagsflow … | head`: a reader that closes stdout after the first chunk must not crash the CLI with an unhandled
// EPIPE; it stops writing and exits quietly with the command's code (0 here).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../testing/spawnCli";

const BIN = fileURLToPath(new URL("../../bin/sagsflow.js", import.meta.url));

/** Runs the bin and destroys its stdout as soon as the first chunk arrives, like `head -c 1`. */
const spawnClosingAfterFirstChunk = (
  args: ReadonlyArray<string>,
): Promise<{ code: number | null; stderr: string; received: number }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, SAGSFLOW_STORE: "memory" },
    });
    let stderr = "";
    let received = 0;
    child.stdout.once("data", (d: Buffer) => {
      received = d.length;
      child.stdout.destroy();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, received }));
  });

describe("a closed stdout pipe", () => {
  it("ends a chunked command (events, 1.7 MB) quietly with exit 0", async () => {
    const r = await spawnClosingAfterFirstChunk([
      "events",
      "scenarios/library/baseline.yaml",
      "--format",
      "jsonl",
      "--cases",
      "300",
    ]);
    expect(r.received).toBeGreaterThan(0);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  }, 60_000);

  it("ends a command with one large text (demo-history, 340 kB) quietly with exit 0", async () => {
    const r = await spawnClosingAfterFirstChunk(["demo-history", "--cases", "300"]);
    expect(r.received).toBeGreaterThan(0);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  }, 60_000);
});
