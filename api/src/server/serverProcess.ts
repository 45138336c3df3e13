/** Test helper: runs the server entry (main.ts) in a child process on a free loopback port and waits for its URL. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

export const startServerProcess = (env: Readonly<Record<string, string>>): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
      env: { ...process.env, PORT: "0", SAGSFLOW_DEMO: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /sagsflow kører på (http:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined) resolve({ url: m[1], child });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err.slice(-500)}`)));
  });

/** Reads an SSE response until `until` returns true for an event name, returning every event seen. */
export const readEvents = async (
  res: Response,
  until: (event: string) => boolean,
): Promise<string[]> => {
  const events: string[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    buffer += decoder.decode(value, { stream: true });
    let cut = buffer.indexOf("\n\n");
    while (cut >= 0) {
      const name = /^event: (.*)$/m.exec(buffer.slice(0, cut))?.[1] ?? "message";
      events.push(name);
      buffer = buffer.slice(cut + 2);
      if (until(name)) {
        await reader.cancel();
        return events;
      }
      cut = buffer.indexOf("\n\n");
    }
  }
};
