/** Reads a CSV header against the mapping: duplicated or missing column names fail with the names (masked, capped),
 *  and the result says which cell index feeds which record part. Dropped columns (`columns.drop`) are never read. */
import { Result } from "effect";
import { InputUnreadable, MappingInvalid } from "./interopErrors";
import { IMPORT_LIMITS, overLimit } from "./importLimits";
import { CASE_ATTRIBUTE_PREFIX } from "./logRecord";
import type { ColumnMapping, Mapping } from "./mapping";
import { specOf } from "./resolveField";
import { containsCpr, maskCpr } from "./pseudonymise";

export interface CsvColumns {
  readonly names: ReadonlyArray<string>;
  /** Cells a row may have: the header's, plus empty cells of trailing delimiters. */
  readonly width: number;
  readonly caseId: number;
  readonly activity: number;
  readonly timestamp: number;
  readonly start: number;
  readonly end: number;
  readonly resource: number;
  readonly lifecycle: number;
  readonly sequence: number;
  readonly cpr: number;
  /** Time columns in the order they are tried (timestamp, end, start). */
  readonly timeColumns: ReadonlyArray<number>;
  /** [cell index, attribute key]; case attributes carry the `case:` prefix. */
  readonly attributes: ReadonlyArray<readonly [number, string]>;
  /** [cell index, normalised values] of the skip rules. */
  readonly skip: ReadonlyArray<readonly [number, ReadonlySet<string>]>;
}

/** Columns the mapping's field sources read (any column, version 2). */
export function fieldColumns(mapping: Mapping): ReadonlyArray<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const [activity, am] of Object.entries(mapping.activities))
    for (const [field, src] of Object.entries(am.fields ?? {})) {
      const from = specOf(src).from;
      if (from !== undefined) out.push([from, `activities."${activity}".fields.${field}`]);
    }
  return out;
}

const listNames = (names: ReadonlyArray<string>): string => {
  const shown = names.slice(0, 15).map((n) => `"${maskCpr(n).slice(0, 40)}"`);
  return `${shown.join(", ")}${names.length > 15 ? ` og ${names.length - 15} flere` : ""}`;
};

function specialColumns(c: ColumnMapping) {
  return [
    c.caseId,
    c.activity,
    c.timestamp,
    c.start,
    c.end,
    c.resource,
    c.lifecycle,
    c.sequence,
    c.cpr,
  ];
}

/**
 * @example csvColumns(["Sagsnr.", "Hændelse", "Dato", ""], mapping, "x.csv", normalise)
 */
export function csvColumns(
  header: ReadonlyArray<string>,
  mapping: Mapping,
  columns: ColumnMapping,
  file: string,
  normalise: (s: string) => string,
): Result.Result<CsvColumns, InputUnreadable | MappingInvalid> {
  const all = header.map((h) => h.trim());
  let width = all.length;
  while (width > 0 && all[width - 1] === "") width--; // trailing delimiters: empty names at the end
  const names = all.slice(0, width);
  if (names.length > IMPORT_LIMITS["csv.maxColumns"])
    return Result.fail(
      new InputUnreadable({
        file,
        reason: `overskriften har ${names.length} kolonner, ${overLimit("csv.maxColumns")}`,
      }),
    );
  if (names.some(containsCpr))
    return Result.fail(
      new InputUnreadable({
        file,
        reason:
          "første række ligner data, ikke en overskrift (den indeholder et CPR-nummer); filen skal starte med en række kolonnenavne",
      }),
    );
  const firstAt = new Map<string, number>();
  for (const [i, n] of names.entries()) {
    const before = firstAt.get(n);
    if (n !== "" && before !== undefined)
      return Result.fail(
        new InputUnreadable({
          file,
          reason: `kolonnenavnet "${n}" står to gange i overskriften (kolonne ${before + 1} og ${i + 1}); omdøb den ene`,
        }),
      );
    firstAt.set(n, i);
  }
  const at = (n: string | undefined): number => (n === undefined ? -1 : (firstAt.get(n) ?? -1));
  const drop = new Set(columns.drop ?? []);
  const wanted: Array<readonly [string, string]> = [
    ...specialColumns(columns).flatMap((n, i) =>
      n === undefined ? [] : [[n, `columns.${Object.keys(columns)[i] ?? ""}`] as const],
    ),
    ...(columns.attributes ?? []).map((n) => [n, "columns.attributes"] as const),
    ...(columns.caseAttributes ?? []).map((n) => [n, "columns.caseAttributes"] as const),
    ...fieldColumns(mapping),
    ...(mapping.skipRows ?? []).map((r) => [r.column, "skipRows"] as const),
  ];
  const missing = wanted.filter(([n]) => at(n) === -1);
  if (missing.length > 0)
    return Result.fail(
      new MappingInvalid({
        file,
        reason: `${missing.map(([n, where]) => `kolonnen "${maskCpr(n)}" (${where})`).join(", ")} findes ikke i filen; dens kolonner er ${listNames(names)}`,
      }),
    );
  const dropped = wanted.filter(([n]) => drop.has(n));
  if (dropped.length > 0)
    return Result.fail(
      new MappingInvalid({
        file,
        reason: `kolonnen "${dropped[0]?.[0]}" står under columns.drop og må ikke læses (${dropped[0]?.[1]})`,
      }),
    );
  if (columns.timestamp === undefined && columns.end === undefined && columns.start === undefined)
    return Result.fail(
      new MappingInvalid({ file, reason: "columns angiver hverken timestamp, start eller end" }),
    );
  const special = new Set(specialColumns(columns).filter((n) => n !== undefined));
  const caseSet = new Set(columns.caseAttributes ?? []);
  const base =
    columns.attributes ??
    names.filter((n) => n !== "" && !special.has(n) && !caseSet.has(n) && !drop.has(n));
  const eventAttrs = new Set([
    ...base,
    ...fieldColumns(mapping)
      .map(([n]) => n)
      .filter((n) => !caseSet.has(n)),
  ]);
  const attributes = [
    ...[...eventAttrs].map((n) => [at(n), n] as const),
    ...[...caseSet].map((n) => [at(n), `${CASE_ATTRIBUTE_PREFIX}${n}`] as const),
  ];
  return Result.succeed({
    names,
    width,
    caseId: at(columns.caseId),
    activity: at(columns.activity),
    timestamp: at(columns.timestamp),
    start: at(columns.start),
    end: at(columns.end),
    resource: at(columns.resource),
    lifecycle: at(columns.lifecycle),
    sequence: at(columns.sequence),
    cpr: at(columns.cpr),
    timeColumns: [at(columns.timestamp), at(columns.end), at(columns.start)].filter((i) => i >= 0),
    attributes,
    skip: (mapping.skipRows ?? []).map(
      (r) => [at(r.column), new Set(r.values.map(normalise))] as const,
    ),
  });
}
