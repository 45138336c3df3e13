/** Collects an import's rejects with bounded memory: the first ones for the summary, all of them in a temporary file
 *  for `--rejects out.csv` and `--json` (issue 18 item 1: memory flat in the number of rejects). */
import { appendFileSync, closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Reject } from "../interop";

/** Rejects kept in memory for the human summary. */
export const REJECTS_IN_MEMORY = 200;

export class RejectLog {
  readonly first: Array<Reject> = [];
  total = 0;
  private dir: string | undefined;
  private pending: Array<string> = [];

  readonly add = (r: Reject): void => {
    this.total++;
    if (this.first.length < REJECTS_IN_MEMORY) this.first.push(r);
    this.dir ??= mkdtempSync(join(tmpdir(), "sagsflow-rejects-"));
    this.pending.push(JSON.stringify(r));
    if (this.pending.length >= 1000) this.flush();
  };

  private flush(): void {
    if (this.dir === undefined || this.pending.length === 0) return;
    appendFileSync(join(this.dir, "rejects.jsonl"), `${this.pending.join("\n")}\n`);
    this.pending = [];
  }

  /** Every reject in the order found, read back in chunks (synchronous, so CLI output can be an iterable). */
  *all(): Generator<Reject> {
    if (this.dir === undefined) return;
    this.flush();
    const fd = openSync(join(this.dir, "rejects.jsonl"), "r");
    try {
      const buffer = Buffer.alloc(1 << 16);
      const decoder = new StringDecoder("utf8");
      let rest = "";
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
        const lines = (rest + decoder.write(buffer.subarray(0, n))).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) if (line !== "") yield JSON.parse(line) as Reject;
      }
      if (rest !== "") yield JSON.parse(rest) as Reject;
    } finally {
      closeSync(fd);
    }
  }

  dispose(): void {
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
