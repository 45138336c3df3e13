/** Test support: `sagsflow worker` as a child process, ready once it says it takes jobs. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/sagsflow.js", import.meta.url));

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Everything the worker wrote on stderr so far. */
  readonly log: () => string;
  /** Resolves when the worker's stderr contains `text`. */
  readonly said: (text: string) => Promise<void>;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

export const spawnWorker = async (
  redisUrl: string,
  args: ReadonlyArray<string> = [],
): Promise<WorkerProcess> => {
  const child = spawn(process.execPath, [BIN, "worker", ...args], {
    env: { ...process.env, REDIS_URL: redisUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString("utf8");
    for (const w of waiters.filter((w) => log.includes(w.text))) w.resolve();
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const said = (text: string) =>
    log.includes(text)
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => waiters.push({ text, resolve })),
          exited.then((code) => {
            throw new Error(`worker exited (${code}) before saying "${text}": ${log}`);
          }),
        ]);
  const worker = { child, log: () => log, said, exited };
  await said("ad gangen fra");
  return worker;
};
