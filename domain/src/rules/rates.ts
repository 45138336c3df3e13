/**
 * Benefit rates as sourced data (domain.md §3.6, §1.7). Rows marked `estimate` are not from a
 * primary source; a year without a row uses the nearest earlier row (see `rateFor`).
 */

export interface RateRow {
  readonly year: number;
  /** DKK per week for sygedagpenge; DKK per month for the monthly benefits. */
  readonly value: number;
  readonly source: string;
  readonly estimate: boolean;
  readonly note?: string;
}

export type RateKind =
  | "sygedagpengeMaxPerWeek"
  | "ressourceforloebsydelseForsoergerPerMonth"
  | "ressourceforloebsydelseIkkeForsoergerPerMonth"
  | "dagpengeMaxPerMonth"
  | "kontanthjaelpIkkeForsoergerPerMonth";

const BM = "bm.dk satser; domain.md §3.6";
const row = (
  year: number,
  value: number,
  source: string,
  estimate = false,
  note?: string,
): RateRow =>
  note === undefined ? { year, value, source, estimate } : { year, value, source, estimate, note };

export const rates: Readonly<Record<RateKind, ReadonlyArray<RateRow>>> = {
  sygedagpengeMaxPerWeek: [
    row(2013, 4005, BM),
    row(2015, 4135, BM),
    row(2018, 4300, "kk.dk; pav.medst.dk; domain.md §3.6"),
    row(2019, 4355, BM),
    row(2020, 4405, BM),
    row(2022, 4465, "bm.dk / seniorfolk; domain.md §3.6"),
    row(2023, 4550, "seniorfolk.dk; domain.md §3.6"),
    row(2024, 4695, BM),
    row(2025, 4865, "domain.md §3.6 EST 4,830-4,900", true, "midpoint of the estimate range"),
    row(2026, 5000, "domain.md §3.6 EST 4,950-5,050", true, "midpoint of the estimate range"),
  ],
  ressourceforloebsydelseForsoergerPerMonth: [
    row(2020, 15355, "bm.dk satser 2020; domain.md §1.7"),
    row(2024, 16382, "bm.dk satser 2024; domain.md §1.7"),
  ],
  ressourceforloebsydelseIkkeForsoergerPerMonth: [
    row(2020, 11554, "bm.dk satser 2020; domain.md §1.7"),
    row(2024, 12326, "bm.dk satser 2024; domain.md §1.7"),
  ],
  dagpengeMaxPerMonth: [
    row(
      2024,
      19728,
      "not in domain.md",
      true,
      "background knowledge of the 2024 maximum; verify against bm.dk satser",
    ),
  ],
  kontanthjaelpIkkeForsoergerPerMonth: [
    row(
      2020,
      11554,
      "domain.md §1.7: ressourceforløbsydelse is paid at kontanthjælp level",
      true,
      "set equal to ressourceforløbsydelse",
    ),
    row(
      2024,
      12326,
      "domain.md §1.7: ressourceforløbsydelse is paid at kontanthjælp level",
      true,
      "set equal to ressourceforløbsydelse",
    ),
  ],
};

/** The row in force for `year`: the latest row at or before it, else the earliest row. */
export const rateRowFor = (kind: RateKind, year: number): RateRow => {
  const rows = rates[kind];
  let found = rows[0] as RateRow;
  for (const r of rows) if (r.year <= year) found = r;
  return found;
};

/** Weekly amount in DKK for `kind` in `year` (monthly rates converted as ×12/52). */
export const weeklyRate = (kind: RateKind, year: number): number => {
  const v = rateRowFor(kind, year).value;
  return kind === "sygedagpengeMaxPerWeek" ? v : (v * 12) / 52;
};
