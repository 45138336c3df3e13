/** Human and JSON output of `import`: counts in Danish, then each rejected row as `file:line (column): reason`. */
import type { StoreImportResult } from "../history";
import type { Reject } from "../interop";

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const rejectLine = (r: Reject): string => {
  const where = r.line === 0 ? `${r.file} (hele sagen)` : `${r.file}:${r.line}`;
  return `  ${where}${r.column === undefined ? "" : ` (${r.column})`}: ${r.reason}`;
};

/** "Gemt: 2 sager (8 hændelser)" … with the rejected rows listed; `store` names where they went. */
export const formatImportSummary = (file: string, store: string, r: StoreImportResult): string => {
  const unmapped = Object.entries(r.unmapped).map(
    ([activity, n]) => `${activity} (${count(n, "række", "rækker")})`,
  );
  const lines = [
    `Import af ${file} til ${store}`,
    `Gemt: ${count(r.stored, "sag", "sager")} (${count(r.eventsStored, "hændelse", "hændelser")})`,
    `Allerede gemt: ${count(r.duplicates, "sag", "sager")}`,
    `Afvist: ${count(r.rejected, "sag", "sager")}`,
    `Ignoreret: ${count(r.ignored, "række", "rækker")}`,
    ...(unmapped.length === 0 ? [] : [`Aktiviteter uden mapping: ${unmapped.join(", ")}`]),
    ...(r.rejects.length === 0 ? [] : ["", "Afviste rækker:", ...r.rejects.map(rejectLine)]),
  ];
  return `${lines.join("\n")}\n`;
};

/** The `--json` shape: the service result with `column` always present (null for a whole-case reject). */
export const importJson = (r: StoreImportResult): unknown => ({
  ...r,
  rejects: r.rejects.map((x) => ({ ...x, column: x.column ?? null })),
});
