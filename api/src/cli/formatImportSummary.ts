/** Human and JSON output of `import`: what was stored (or would be, or why nothing was), then each rejected row with
 *  all its reasons in Danish; the JSON and the `--rejects` CSV carry the same reasons, one entry per reason. */
import { stringify } from "csv-stringify/sync";
import type { StoreImportResult } from "../history";
import type { Reject } from "../interop";

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const cases = (n: number) => count(n, "sag", "sager");
const rows = (n: number) => count(n, "række", "rækker");

/** Rejects of one row together: "fil:linje (sag S-3)" then one indented line per reason. */
function rejectBlock(list: ReadonlyArray<Reject>): Array<string> {
  const out: Array<string> = [];
  let key = "";
  for (const r of list) {
    const k = `${r.file}:${r.line}`;
    if (k !== key) {
      key = k;
      const where = r.line === 0 ? `${r.file} (hele sagen)` : `${r.file}:${r.line}`;
      out.push(`  ${where}${r.caseId === undefined ? "" : ` sag ${r.caseId}`}:`);
    }
    out.push(
      `    - ${r.column === undefined || r.column === "" ? "" : `[${r.column}] `}${r.reason}`,
    );
  }
  return out;
}

function verdict(r: StoreImportResult): string {
  if (r.mode === "prøvekørsel")
    return `Prøvekørsel: intet skrevet. Ville gemme ${cases(r.notStored)}; ${cases(r.rejected)} ville blive afvist.`;
  if (r.mode === "alt-eller-intet" && r.rejectsTotal > 0)
    return `Intet gemt: ${rows(r.rowsRejected)} er afvist, og importen er alt-eller-intet. Ret rækkerne (eller mappingen), eller brug --partial for at gemme de ${cases(r.notStored)} uden fejl.`;
  if (r.mode === "delvis" && r.rejectsTotal > 0)
    return `Delvis import (--partial): ${cases(r.stored)} gemt, ${cases(r.rejected)} afvist og ikke gemt.`;
  return `Alle sager er gemt eller var gemt i forvejen.`;
}

/** The summary; `store` names where the cases went. */
export const formatImportSummary = (file: string, store: string, r: StoreImportResult): string => {
  const unmapped = Object.entries(r.unmapped).map(([activity, n]) => `${activity} (${rows(n)})`);
  const lines = [
    `Import af ${file} til ${store}`,
    verdict(r),
    `Gemt: ${cases(r.stored)} (${count(r.eventsStored, "hændelse", "hændelser")})`,
    `Allerede gemt: ${cases(r.duplicates)}`,
    `Afvist: ${cases(r.rejected)} (${rows(r.rowsRejected)})`,
    `Ignoreret: ${rows(r.ignored)}`,
    ...(r.blankRows + r.skippedRows === 0
      ? []
      : [
          `Sprunget over: ${count(r.blankRows, "tom række", "tomme rækker")}, ${rows(r.skippedRows)} efter skipRows`,
        ]),
    ...(unmapped.length === 0 ? [] : [`Aktiviteter uden mapping: ${unmapped.join(", ")}`]),
    ...(r.rejects.length === 0
      ? []
      : ["", "Afviste rækker (alle årsager):", ...rejectBlock(r.rejects)]),
    ...(r.rejectsTotal > r.rejects.length
      ? [
          `  … og ${r.rejectsTotal - r.rejects.length} årsager mere (alle i --rejects FIL eller --json)`,
        ]
      : []),
  ];
  return `${lines.join("\n")}\n`;
};

const rejectJson = (x: Reject) => ({
  file: x.file,
  line: x.line,
  column: x.column ?? null,
  code: x.code ?? null,
  caseId: x.caseId ?? null,
  reason: x.reason,
});

/** The `--json` text in chunks: the result with every reject (read back from the log, not held in memory). */
export function* importJsonChunks(r: StoreImportResult, all: Iterable<Reject>): Generator<string> {
  const { rejects: _first, ...rest } = r;
  yield `${JSON.stringify(rest, null, 2).slice(0, -2)},\n  "rejects": [`;
  let first = true;
  for (const x of all) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(rejectJson(x))}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}]\n}\n`;
}

const HEADER = ["fil", "linje", "sag", "kolonne", "kode", "årsag"];

/** The `--rejects` CSV (UTF-8 with BOM and `;`, so Danish Excel opens it): one line per reason. */
export function* rejectsCsvChunks(all: Iterable<Reject>): Generator<string> {
  yield `\uFEFF${stringify([HEADER], { delimiter: ";" })}`;
  let batch: Array<Array<string | number>> = [];
  for (const x of all) {
    batch.push([x.file, x.line, x.caseId ?? "", x.column ?? "", x.code ?? "", x.reason]);
    if (batch.length >= 1000) {
      yield stringify(batch, { delimiter: ";" });
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, { delimiter: ";" });
}
