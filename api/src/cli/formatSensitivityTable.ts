/** The human `sensitivity` output: one-at-a-time rows ranked by swing, then the Latin-hypercube summary, in Danish. */
import { type KpiId, kpiCatalog } from "@sagsflow/domain";
import type { SensitivityReport } from "../application";
import { formatInterval, formatQuantity, NO_VALUE } from "./formatDanish";
import { renderTable } from "./renderTable";

type Estimate = SensitivityReport["base"];

const parameterValue = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 4 });
const rho = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A difference with its 95% interval, e.g. "-40,1 dage (-62,5 til -17,7)". */
const showDifference = (d: Estimate, unit: string): string =>
  d.mean === null
    ? NO_VALUE
    : `${formatQuantity(d.mean, unit, true)}${d.ci95 === null ? "" : ` (${formatInterval(d.ci95, unit, true)})`}`;

const kpiOf = (id: string): { readonly label: string; readonly unit: string } =>
  id in kpiCatalog ? kpiCatalog[id as KpiId] : { label: id, unit: "" };

export const formatSensitivityTable = (r: SensitivityReport): string => {
  const { label, unit } = kpiOf(r.kpi);
  const oneAtATime = renderTable(
    ["Skøn (efter udsving)", "lav", "høj", "forskel ved lav", "forskel ved høj"],
    r.oneAtATime.map((o) => [
      o.parameter,
      parameterValue.format(o.low),
      parameterValue.format(o.high),
      showDifference(o.atLow, unit),
      showDifference(o.atHigh, unit),
    ]),
  );
  const lhs = renderTable(
    ["Skøn", "rangkorrelation"],
    r.lhs.rankCorrelation.map((c) => [c.parameter, c.rho === null ? NO_VALUE : rho.format(c.rho)]),
  );
  const stable = Math.round(r.lhs.signStableShare * 100);
  return [
    `Følsomhed: ${r.scenario}, ${label} (${r.kpi}), variant minus basis, frø ${r.seed}`,
    `Med skønnenes egne værdier: ${showDifference(r.base, unit)}`,
    "",
    oneAtATime,
    "",
    `Latinsk hyperkube: ${r.lhs.samples} stikprøver; forskellens fortegn er det samme i ${stable} % af dem`,
    lhs,
    "",
  ].join("\n");
};
