/** Test helper: runs `main` in this process with captured stdout and stderr (no child process: a tsx start costs
 *  seconds on a busy machine). The environment is the given one only, so no setting leaks in from the shell. */
import { PassThrough } from "node:stream";
import type { CliRun } from "./spawnCli";
import { main } from "../cli/main";

export const runCliInProcess = async (
  args: ReadonlyArray<string>,
  env: Record<string, string>,
): Promise<CliRun> => {
  const capture = () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (d: Buffer) => {
      text += d.toString("utf8");
    });
    return { stream, text: () => text };
  };
  const out = capture();
  const err = capture();
  const code = await main(args, {
    stdout: out.stream,
    stderr: err.stream,
    env: { SAGSFLOW_STORE: "memory", ...env },
  });
  return { code, stdout: out.text(), stderr: err.text() };
};
