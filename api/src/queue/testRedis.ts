/**
 * Test support: a throwaway `redis-server` on a free loopback port (no persistence), ready once it says so and answers PING;
 * `restart` stops it and starts a fresh one on the same port, as a Redis that lost its memory would.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { Redis } from "ioredis";

export interface TestRedis {
  readonly url: string;
  readonly restart: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no loopback port");
  return address.port;
};

/** Resolves when the server logs that it accepts connections and then answers PING; rejects if it exits first. */
const waitUntilReady = (url: string, child: ChildProcess): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    let log = "";
    const onExit = (code: number | null) =>
      reject(new Error(`redis-server exited with ${code} before it was ready: ${log}`));
    child.once("exit", onExit);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (log.includes("Ready to accept connections")) return;
      log += chunk.toString();
      if (!log.includes("Ready to accept connections")) return;
      const client = new Redis(url, { maxRetriesPerRequest: 1 });
      client
        .ping()
        .then(() => {
          child.off("exit", onExit);
          resolve();
        }, reject)
        .finally(() => client.disconnect());
    });
  });

export const startTestRedis = async (): Promise<TestRedis> => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    const c = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "ignore"] },
    );
    child = c;
    await waitUntilReady(url, c);
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (c === undefined || c.exitCode !== null) return;
    const exited = once(c, "exit");
    c.kill("SIGKILL");
    await exited;
  };
  await start();
  return {
    url,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
  };
};
