/** The human `forecast` report in Danish: deadlines at risk (most likely missed first) and the expected caseload
 *  per week. */
import type { ForecastReport } from "../calibration";
import { formatQuantity } from "./formatDanish";
import { renderTable } from "./renderTable";

const one = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatForecast = (r: ForecastReport & { readonly scenario: string }): string => {
  const atRisk = [...r.atRisk].sort(
    (a, b) =>
      b.probability - a.probability ||
      a.due.localeCompare(b.due) ||
      a.caseId.localeCompare(b.caseId),
  );
  return [
    `Fremskrivning fra ${r.now}, ${r.weeks} uger med ${r.scenario}: ${r.openCases} åbne sager, ${r.replications} replikationer`,
    "",
    atRisk.length === 0
      ? "Ingen frister i fare i perioden."
      : renderTable(
          ["Sag", "frist (regel)", "senest", "risiko for overskridelse"],
          atRisk.map((d) => [d.caseId, d.rule, d.due, formatQuantity(d.probability, "andel")]),
        ),
    "",
    renderTable(
      ["Uge fra", "forventede åbne sager"],
      r.caseloadPerWeek.map((w) => [w.weekStart, one.format(w.expected)]),
    ),
    "",
  ].join("\n");
};
