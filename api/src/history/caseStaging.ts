/** Holds an import's mapped cases between checking and writing, so nothing is written before the whole file is known
 *  good (all-or-nothing, issue 18 item 6). Cases stay in memory up to a bound, then go to a temporary file, so memory
 *  stays flat in file size. */
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import type { HistoryCase } from "../interop";

/** Events kept in memory before the staging spills to disk. */
const IN_MEMORY_EVENTS = 200_000;

export class CaseStaging {
  private readonly memory: Array<HistoryCase> = [];
  private memoryEvents = 0;
  private dir: string | undefined;
  private pending: Array<string> = [];
  count = 0;
  events = 0;

  add(c: HistoryCase): void {
    this.count++;
    this.events += c.events.length;
    if (this.dir === undefined && this.memoryEvents + c.events.length <= IN_MEMORY_EVENTS) {
      this.memory.push(c);
      this.memoryEvents += c.events.length;
      return;
    }
    this.dir ??= mkdtempSync(join(tmpdir(), "sagsflow-import-"));
    this.pending.push(JSON.stringify(c));
    if (this.pending.length >= 1000) this.flush();
  }

  private flush(): void {
    if (this.dir === undefined || this.pending.length === 0) return;
    appendFileSync(join(this.dir, "cases.jsonl"), `${this.pending.join("\n")}\n`);
    this.pending = [];
  }

  /** Every staged case in the order added. */
  async *cases(): AsyncGenerator<HistoryCase> {
    yield* this.memory;
    if (this.dir === undefined) return;
    this.flush();
    const lines = createInterface({
      input: createReadStream(join(this.dir, "cases.jsonl")),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) if (line !== "") yield JSON.parse(line) as HistoryCase;
  }

  dispose(): void {
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.memory.length = 0;
  }
}
