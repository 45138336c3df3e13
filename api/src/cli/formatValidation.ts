/** The human `validate` report in Danish: each distance beside its threshold (docs/calibration.md "validate"),
 *  the verdict, and the advice on what to check first. */
import { kpiCatalog } from "@sagsflow/domain";
import type { ValidateReport } from "../calibration";
import { formatInterval, formatQuantity, NO_VALUE } from "./formatDanish";
import { renderTable } from "./renderTable";

const one = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const show = (value: number | null, unit: string): string =>
  value === null ? NO_VALUE : `${one.format(value)} ${unit}`;

export const formatValidation = (scenario: string, r: ValidateReport): string => {
  // The EMD thresholds are relative: show the mean they are taken of, and the limit it gives.
  const emdLimit =
    r.historyMeanCycleDays === null
      ? "≤ 10 % af middelforløbstiden"
      : `≤ ${show(0.1 * r.historyMeanCycleDays, "dage")} (10 % af historikkens middelforløbstid ${show(r.historyMeanCycleDays, "dage")})`;
  const rows = [
    ["Forløbstid (EMD)", show(r.cycleTimeEmdDays, "dage"), emdLimit],
    ["Tid til raskmelding (EMD)", show(r.recoveryEmdDays, "dage"), emdLimit],
    ["Rettidighed pr. måned", show(r.rettidighedMonthlyErrorPp, "%-point"), "≤ 5 %-point"],
    ["Udfaldsandele, største afvigelse", show(r.outcomeShareErrorPp, "%-point"), "≤ 5 %-point"],
    [
      "Tilgang pr. måned",
      r.arrivalProfileError === null ? NO_VALUE : show(r.arrivalProfileError * 100, "%"),
      "≤ 15 %",
    ],
  ];
  return [
    `Validering af ${scenario} mod historikken ${r.from} til ${r.to}: ${r.historyCases} historiske sager, ${r.replications} replikationer`,
    "",
    renderTable(["Afstand", "værdi", "grænse"], rows),
    "",
    `Vurdering: ${r.verdict}`,
    "",
    renderTable(
      ["Nøgletal (samme måling)", "historik", "simuleret", "95 %-interval"],
      r.kpis.map((k) => [
        kpiCatalog[k.kpi].label,
        formatQuantity(k.history, k.unit),
        formatQuantity(k.simulated, k.unit),
        formatInterval(k.ci95, k.unit),
      ]),
    ),
    ...(r.advice.length === 0 ? [] : ["Se først på:", ...r.advice.map((a) => `- ${a}`)]),
    "",
  ].join("\n");
};
