/** Counts an import's case outcomes and passes each mapped case and each reject on as it comes (or keeps them when
 *  the caller gave no sink), so memory stays flat in the number of cases and rejects. */
import type { HistoryCase } from "./historyEvent";
import type { ImportOptions, ImportResult } from "./importHistory";
import type { Reject } from "./logRecord";
import type { CaseOutcome } from "./mapCase";
import { type Pseudonymiser, scrubReject } from "./pseudonymise";

const byLine = (a: Reject, b: Reject): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

export class Tally {
  private readonly cases: Array<HistoryCase> = [];
  private readonly rejects: Array<Reject> = [];
  private readonly unmapped: Record<string, number> = {};
  private readonly lastLine = new Map<string, number>();
  private casesMapped = 0;
  private eventsMapped = 0;
  private casesRejected = 0;
  private rowsRejected = 0;
  private ignored = 0;
  constructor(
    private readonly options: ImportOptions,
    private readonly p: Pseudonymiser,
  ) {}

  /** A reject that belongs to no case (a row without a case id). */
  async fileReject(r: Reject): Promise<void> {
    await this.emit(r);
  }

  private async emit(r: Reject): Promise<void> {
    // Reasons of one row arrive together: a row counts once.
    const key = r.file;
    if (this.lastLine.get(key) !== r.line || r.line === 0) this.rowsRejected++;
    this.lastLine.set(key, r.line);
    if (this.options.onReject) await this.options.onReject(r);
    else this.rejects.push(r);
  }

  async add(outcome: CaseOutcome, readerRejects: ReadonlyArray<Reject>): Promise<void> {
    for (const [a, n] of outcome.unmapped) this.unmapped[a] = (this.unmapped[a] ?? 0) + n;
    if (outcome._tag === "Rejected" || readerRejects.length > 0) {
      this.casesRejected++;
      const all = [...readerRejects, ...(outcome._tag === "Rejected" ? outcome.rejects : [])].sort(
        byLine,
      );
      for (const r of all) await this.emit(scrubReject(r, this.p));
      return;
    }
    this.casesMapped++;
    this.eventsMapped += outcome.case.events.length;
    this.ignored += outcome.ignored;
    if (this.options.onCase) await this.options.onCase(outcome.case);
    else this.cases.push(outcome.case);
  }

  result(read: { readonly blankRows: number; readonly skippedRows: number }): ImportResult {
    return {
      schemaVersion: 1,
      cases: this.cases,
      casesMapped: this.casesMapped,
      eventsMapped: this.eventsMapped,
      casesRejected: this.casesRejected,
      rowsRejected: this.rowsRejected,
      rejects: [...this.rejects].sort(byLine),
      unmapped: this.unmapped,
      ignored: this.ignored,
      ...read,
    };
  }
}
