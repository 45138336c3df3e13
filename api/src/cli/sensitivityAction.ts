/** The `sensitivity` action: the one-at-a-time table ranked by swing plus the LHS summary, or the JSON contract. */
import type { SensitivityReport } from "@sagsflow/simulator/sensitivity";
import { Effect } from "effect";
import { sensitivity } from "../application/sensitivity";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./program";
import { renderTable } from "./renderTable";

export interface SensitivityFlags {
  readonly seed: number;
  readonly cases?: number;
  readonly kpi: string;
  readonly samples: number;
  readonly replications: number;
  readonly workers?: number;
  readonly json?: boolean;
}

const show = (d: { mean: number | null; ci95: readonly [number, number] | null }): string =>
  d.mean === null
    ? "–"
    : `${d.mean.toFixed(2).replace(".", ",")}${d.ci95 === null ? "" : ` (${d.ci95[0].toFixed(2).replace(".", ",")}–${d.ci95[1].toFixed(2).replace(".", ",")})`}`;

export const formatSensitivityTable = (r: SensitivityReport): string =>
  [
    `Følsomhed: ${r.scenario}, nøgletal ${r.kpi} (variant minus basis), frø ${r.seed}`,
    `Basistilfælde: ${show(r.base)}`,
    "",
    renderTable(
      ["Skøn (rangordnet efter udsving)", "lav", "høj", "forskel ved lav", "forskel ved høj"],
      r.oneAtATime.map((o) => [
        o.parameter,
        String(o.low),
        String(o.high),
        show(o.atLow),
        show(o.atHigh),
      ]),
    ),
    "",
    `Latinsk hyperkube: ${r.lhs.samples} stikprøver, fortegnet stabilt i ${(r.lhs.signStableShare * 100).toFixed(0)} %`,
    renderTable(
      ["Skøn", "rangkorrelation"],
      r.lhs.rankCorrelation.map((c) => [
        c.parameter,
        c.rho === null ? "–" : c.rho.toFixed(2).replace(".", ","),
      ]),
    ),
  ].join("\n");

export const sensitivityAction = (variant: string, flags: SensitivityFlags): CommandEffect =>
  Effect.map(sensitivity({ ...flags, file: variant }), (report) =>
    flags.json === true ? toJsonText(report) : formatSensitivityTable(report),
  );
