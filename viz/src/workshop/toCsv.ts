/** CSV export of chart data (RFC 4180: comma separator, dot decimals, quoted where needed) for spreadsheets and R. */

export type CsvRow = Readonly<Record<string, string | number | null>>;

const cell = (v: string | number | null): string => {
  const s = v === null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * Columns from the first row's keys, in order.
 * @example toCsv([{ kpi: "a", mean: 1.5 }]) // "kpi,mean\r\na,1.5\r\n"
 */
export const toCsv = (rows: ReadonlyArray<CsvRow>): string => {
  const first = rows[0];
  if (first === undefined) return "";
  const cols = Object.keys(first);
  const lines = [cols.map(cell), ...rows.map((r) => cols.map((c) => cell(r[c] ?? null)))];
  return `${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
};
