/** Starts the real app (`node scripts/start.mjs`, API + built dashboard) as a child process on a free port. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export const repoRoot = join(import.meta.dirname, "../../..");

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });

export interface RunningServer {
  readonly origin: string;
  readonly stop: () => Promise<void>;
}

const waitForHealth = async (
  origin: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> => {
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null)
      throw new Error(`scripts/start.mjs exited with ${child.exitCode}: ${output().slice(-500)}`);
    const ok = await fetch(`${origin}/api/scenarios`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `server at ${origin} did not answer /api/scenarios within 90 s: ${output().slice(-500)}`,
  );
};

const startOnce = async (env: Readonly<Record<string, string>>): Promise<RunningServer> => {
  const script = join(repoRoot, "scripts/start.mjs");
  if (!existsSync(script))
    throw new Error(
      `scripts/start.mjs is missing: the browser test needs the API server (issue 10)`,
    );
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, child, () => log);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { origin, stop };
};

/**
 * `env` adds to the environment (e.g. SAGSFLOW_STORE=sqlite and SAGSFLOW_DB for a restart test). One retry: under a
 * loaded CI machine the server has been seen to die at start without output; two failures fail with both reasons.
 */
export const startServer = async (
  env: Readonly<Record<string, string>>,
): Promise<RunningServer> => {
  try {
    return await startOnce(env);
  } catch (first) {
    return startOnce(env).catch((second: Error) => {
      throw new Error(`${second.message} (first attempt: ${(first as Error).message})`);
    });
  }
};
