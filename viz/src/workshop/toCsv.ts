/**
 * CSV export of chart data as Danish Excel reads it: semicolon separator, decimal comma, no thousands separator,
 * quoted where needed (RFC 4180 quoting), CRLF lines and a byte-order mark so Excel sees UTF-8 (æ, ø, å).
 */

export type CsvRow = Readonly<Record<string, string | number | null>>;

const cell = (v: string | number | null): string => {
  const s = v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : v;
  return /[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * Columns from the first row's keys, in order (the keys are the Danish headers).
 * @example toCsv([{ Nøgletal: "a", Middelværdi: 1.5 }]) // "\uFEFFNøgletal;Middelværdi\r\na;1,5\r\n"
 */
export const toCsv = (rows: ReadonlyArray<CsvRow>): string => {
  const first = rows[0];
  if (first === undefined) return "";
  const cols = Object.keys(first);
  const lines = [cols.map(cell), ...rows.map((r) => cols.map((c) => cell(r[c] ?? null)))];
  return `\uFEFF${lines.map((l) => l.join(";")).join("\r\n")}\r\n`;
};
