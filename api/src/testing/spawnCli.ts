/** Test helper: runs the real `sagsflow` bin in a child process from the repository root and captures its output. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/sagsflow.js", import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const spawnCli = (
  args: ReadonlyArray<string>,
  env: Record<string, string> = {},
): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, SAGSFLOW_STORE: "memory", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });

export const BASELINE = "scenarios/library/baseline.yaml";
export const VS_FOER_RASKMELDING = "scenarios/library/vs-foer-raskmelding.yaml";
/** Small runs keep each test well under its time limit. */
export const SMALL = ["--replications", "3", "--cases", "300"] as const;
