/**
 * The Danish reference table (scenarios/reference/danish-reference.yaml, issue 16 item 1): published figures with
 * source, confidence and the band the model must hit, and the comparison of a model run with them.
 */
import { Schema } from "effect";

export const MeasureId = Schema.Literals([
  "survival6w",
  "survival20w",
  "survival46w",
  "sickPer1000",
  "rettidighed",
  "caseloadPerSagsbehandler",
  "extensionShare",
  "utilisation",
  "jobAfterJobafklaring",
  "exitFleksjob",
  "exitFoertidspension",
  "exitRessourceforloeb",
  "exitAndenYdelse",
  "ledigJobWithinYear",
]);
export type MeasureId = typeof MeasureId.Type;

export const ReferenceRow = Schema.Struct({
  id: Schema.String,
  label: Schema.String,
  published: Schema.String,
  source: Schema.String,
  confidence: Schema.Literals(["H", "M", "L"]),
  kind: Schema.Literals(["sourced", "estimate"]),
  band: Schema.Struct({ low: Schema.Number, high: Schema.Number }),
  note: Schema.String,
  /** The model measure compared with the band; null when the model has no such outcome yet. */
  measure: Schema.NullOr(MeasureId),
});
export type ReferenceRow = typeof ReferenceRow.Type;

export const ReferenceFile = Schema.Struct({
  schemaVersion: Schema.Literal(1),
  inhabitants: Schema.Struct({ value: Schema.Number, note: Schema.String }),
  rows: Schema.Array(ReferenceRow),
});
export type ReferenceFile = typeof ReferenceFile.Type;

export interface CheckedRow {
  readonly row: ReferenceRow;
  /** Model value, or null when the row has no measure or the run gave none. */
  readonly model: number | null;
  /** null: not measured (not modelled yet). */
  readonly inBand: boolean | null;
}

export interface ReferenceCheck {
  readonly rows: ReadonlyArray<CheckedRow>;
  /** Every measured row lies in its band. */
  readonly allInBand: boolean;
  readonly notModelled: number;
}

export const checkAgainstReference = (
  file: ReferenceFile,
  values: Readonly<Partial<Record<MeasureId, number | null>>>,
): ReferenceCheck => {
  const rows = file.rows.map((row): CheckedRow => {
    const model = row.measure === null ? null : (values[row.measure] ?? null);
    const inBand =
      row.measure === null
        ? null
        : model !== null && model >= row.band.low && model <= row.band.high;
    return { row, model, inBand };
  });
  return {
    rows,
    allInBand: rows.every((r) => r.inBand !== false),
    notModelled: rows.filter((r) => r.inBand === null).length,
  };
};
