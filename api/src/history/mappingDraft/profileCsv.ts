/** Reads a whole CSV once, streamed, and keeps what a mapping draft needs: encoding, delimiter, header, the distinct
 *  values of each column (bounded), the shapes of date cells and rows that look like totals. Never keeps a row. */
import {
  csvRows,
  decodeFile,
  detectDelimiter,
  detectEncoding,
  normaliseLabel,
  readHead,
} from "../../interop";
import { TOTALS_WORDS } from "./draftVocabulary";

/** Distinct values kept per column; beyond it a column is an identifier or free text, not a code. */
const MAX_DISTINCT = 60;

export interface CsvProfile {
  readonly encoding: "utf-8" | "windows-1252" | "iso-8859-1";
  readonly delimiter: string;
  readonly header: ReadonlyArray<string>;
  readonly rows: number;
  /** Column → distinct trimmed values with counts (undefined once over MAX_DISTINCT). */
  readonly values: ReadonlyArray<Map<string, number> | undefined>;
  /** Column → date shapes seen (`dd-mm-yyyy`, `yyyy-mm-dd HH:MM`, …) with counts. */
  readonly dateShapes: ReadonlyArray<Map<string, number>>;
  /** Normalised case-id cells of totals rows ("i alt"). */
  readonly totals: ReadonlySet<string>;
}

/** The declared-format spelling of a date cell's shape, or undefined when the cell is no date. */
export function dateShape(cell: string): string | undefined {
  const m = /^(\d{1,4})([-./])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2}):(\d{2})(:\d{2})?)?$/.exec(
    cell.trim(),
  );
  if (m === null) return undefined;
  const [a, sep, , c] = [m[1] as string, m[2] as string, m[3] as string, m[4] as string];
  const time = m[5] === undefined ? "" : ` HH:MM${m[7] === undefined ? "" : ":SS"}`;
  if (a.length === 4) return sep === "-" ? "iso" : `yyyy${sep}mm${sep}dd${time}`;
  if (c.length !== 4 && c.length !== 2) return undefined;
  return `d${sep}m${sep}${c.length === 4 ? "yyyy" : "yy"}${time}`;
}

/** @example const p = await profileCsv("eksport.csv") */
export async function profileCsv(file: string): Promise<CsvProfile> {
  const head = await readHead(file);
  const encoding = detectEncoding(head);
  const delimiter = detectDelimiter(head.toString("latin1"));
  let header: ReadonlyArray<string> | undefined;
  let values: Array<Map<string, number> | undefined> = [];
  let dateShapes: Array<Map<string, number>> = [];
  const totals = new Set<string>();
  let rows = 0;
  for await (const { cells } of csvRows(decodeFile(file, encoding), delimiter, file)) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (header === undefined) {
      const names = cells.map((c) => c.trim());
      while (names.length > 0 && names[names.length - 1] === "") names.pop();
      header = names;
      values = names.map(() => new Map());
      dateShapes = names.map(() => new Map());
      continue;
    }
    const first = normaliseLabel(cells[0] ?? "");
    if (TOTALS_WORDS.some((w) => first === w || first.startsWith(`${w} `))) {
      totals.add(first);
      continue;
    }
    rows++;
    for (let i = 0; i < header.length; i++) {
      const v = (cells[i] ?? "").trim();
      if (v === "") continue;
      const seen = values[i];
      if (seen !== undefined) {
        seen.set(v, (seen.get(v) ?? 0) + 1);
        if (seen.size > MAX_DISTINCT) values[i] = undefined;
      }
      const shape = dateShape(v);
      const shapes = dateShapes[i] as Map<string, number>;
      if (shape !== undefined) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  return { encoding, delimiter, header: header ?? [], rows, values, dateShapes, totals };
}
