/** Groups CSV records and row rejects by case (a CSV gives no case order) with bounded memory: up to `limit` records
 *  in memory, beyond it everything goes to temporary partition files by a hash of the case id, read back one
 *  partition at a time (issue 18 item 1: memory flat in file size). */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LogRecord, Reject } from "./logRecord";

/** Records held in memory before the grouper spills to disk. */
export const GROUP_IN_MEMORY = 300_000;
const PARTITIONS = 64;

type Entry = { readonly r: LogRecord } | { readonly x: Reject };
export interface CaseGroup {
  readonly caseId: string;
  readonly records: Array<LogRecord>;
  readonly rejects: Array<Reject>;
}

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % PARTITIONS;
};

export class CaseGrouper {
  private groups = new Map<string, CaseGroup>();
  private held = 0;
  private dir: string | undefined;
  private pending: Array<Array<string>> = Array.from({ length: PARTITIONS }, () => []);
  private pendingCount = 0;
  constructor(private readonly limit = GROUP_IN_MEMORY) {}

  private group(caseId: string): CaseGroup {
    let g = this.groups.get(caseId);
    if (g === undefined) {
      g = { caseId, records: [], rejects: [] };
      this.groups.set(caseId, g);
    }
    return g;
  }

  private write(caseId: string, e: Entry): void {
    (this.pending[hash(caseId)] as Array<string>).push(JSON.stringify(e));
    if (++this.pendingCount >= 10_000) this.flush();
  }

  private flush(): void {
    if (this.dir === undefined) return;
    for (const [i, lines] of this.pending.entries())
      if (lines.length > 0) appendFileSync(join(this.dir, `p${i}.jsonl`), `${lines.join("\n")}\n`);
    this.pending = Array.from({ length: PARTITIONS }, () => []);
    this.pendingCount = 0;
  }

  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), "sagsflow-group-"));
    for (const g of this.groups.values()) {
      for (const r of g.records) this.write(g.caseId, { r });
      for (const x of g.rejects) this.write(g.caseId, { x });
    }
    this.groups = new Map();
  }

  add(record: LogRecord): void {
    if (this.dir !== undefined) {
      this.write(record.caseId, { r: record });
      return;
    }
    this.group(record.caseId).records.push(record);
    if (++this.held > this.limit) this.spill();
  }

  reject(caseId: string, x: Reject): void {
    if (this.dir !== undefined) this.write(caseId, { x });
    else this.group(caseId).rejects.push(x);
  }

  /** Every case's records (in file order) and row rejects; one partition in memory at a time. */
  *cases(): Generator<CaseGroup> {
    if (this.dir === undefined) {
      yield* this.groups.values();
      return;
    }
    this.flush();
    for (let i = 0; i < PARTITIONS; i++) {
      let text: string;
      try {
        text = readFileSync(join(this.dir, `p${i}.jsonl`), "utf8");
      } catch {
        continue;
      }
      this.groups = new Map();
      for (const line of text.split("\n")) {
        if (line === "") continue;
        const e = JSON.parse(line) as Entry;
        if ("r" in e) this.group(e.r.caseId).records.push(e.r);
        else this.group(e.x.caseId ?? "").rejects.push(e.x);
      }
      yield* this.groups.values();
    }
    this.groups = new Map();
  }

  dispose(): void {
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
