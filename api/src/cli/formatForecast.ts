/** The human `forecast` report in Danish: deadlines at risk (most likely missed first) and the expected caseload
 *  per week. */
import { deadlineRuleLabel } from "@sagsflow/domain";
import type { ForecastReport, ForecastStart } from "../calibration";
import { formatQuantity } from "./formatDanish";
import { renderTable } from "./renderTable";

const one = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Why the forecast starts where it does, in one line (nothing to say when `--now` was given or today is inside). */
const startNote = (start: ForecastStart, r: ForecastReport): string[] => {
  if (start === "afterHistory")
    return [
      `Historikken slutter ${r.history.last}; fremskrivningen starter derfor dagen efter den sidste gemte hændelse (brug --now for en anden dag).`,
    ];
  if (start === "beforeHistory")
    return [`Historikken begynder ${r.history.first}; fremskrivningen starter derfor dér.`];
  return [];
};

export const formatForecast = (
  r: ForecastReport & { readonly scenario: string; readonly hiddenZeroRisk: number },
): string => {
  const atRisk = [...r.atRisk].sort(
    (a, b) =>
      b.probability - a.probability ||
      a.due.localeCompare(b.due) ||
      a.caseId.localeCompare(b.caseId),
  );
  return [
    `Fremskrivning fra ${r.now}, ${r.weeks} uger med ${r.scenario}: ${r.openCases} åbne af ${r.storedCases} gemte sager, ${r.replications} replikationer`,
    ...startNote(r.start, r),
    "",
    atRisk.length === 0
      ? "Ingen frister i fare i perioden."
      : renderTable(
          ["Sag", "frist (regel)", "senest", "risiko for overskridelse"],
          atRisk.map((d) => [
            d.caseId,
            deadlineRuleLabel(d.rule),
            d.due,
            formatQuantity(d.probability, "andel"),
          ]),
        ),
    ...(r.hiddenZeroRisk > 0
      ? [`${r.hiddenZeroRisk} frister med 0 % risiko er ikke vist (--all viser dem).`]
      : []),
    "",
    renderTable(
      ["Uge fra", "forventede åbne sager"],
      r.caseloadPerWeek.map((w) => [w.weekStart, one.format(w.expected)]),
    ),
    "",
  ].join("\n");
};
