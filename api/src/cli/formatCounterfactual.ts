/** The human `counterfactual` report in Danish: per metric history, simulated baseline, variant and the paired
 *  difference with its 95% interval; then the cases with the largest differences (all of them in `--json`). */
import type { CounterfactualReport } from "../calibration";
import { formatInterval, formatQuantity } from "./formatDanish";
import { renderTable } from "./renderTable";

type Metric = keyof CounterfactualReport["aggregate"];

const METRICS: ReadonlyArray<readonly [Metric, string, string]> = [
  ["raskmeldingToJobDays", "Raskmelding → job", "dage"],
  ["sygemeldingToEndDays", "Første fraværsdag → afslutning", "dage"],
  ["weeksOnYdelse", "Uger på ydelse", "uger"],
  ["endsInJob", "Andel der slutter i job", "andel"],
];

/** Why a measure has no value for a case that ended. */
const notApplicable: Readonly<Record<Metric, string>> = {
  raskmeldingToJobDays: "sagen endte ikke med raskmelding efterfulgt af job",
  sygemeldingToEndDays: "ingen afslutning",
  weeksOnYdelse: "ingen afslutning",
  endsInJob: "ingen afslutning",
};

/** Cases listed in the human output; the JSON has every case. */
export const CASES_SHOWN = 10;

const largestFirst = (cases: CounterfactualReport["cases"]) =>
  [...cases].sort(
    (a, b) =>
      Math.abs(b.differences.raskmeldingToJobDays ?? 0) -
        Math.abs(a.differences.raskmeldingToJobDays ?? 0) || a.caseId.localeCompare(b.caseId),
  );

export const formatCounterfactual = (
  r: CounterfactualReport & { readonly baseline: string; readonly variant: string },
): string => {
  const aggregate = renderTable(
    ["Mål", "historik", "basis", "variant", "forskel", "95 %-interval", "parrede sager"],
    METRICS.map(([id, label, unit]) => {
      const m = r.aggregate[id];
      return [
        label,
        formatQuantity(m.history, unit),
        formatQuantity(m.baseline, unit),
        formatQuantity(m.variant, unit),
        formatQuantity(m.difference, unit, true),
        formatInterval(m.ci95, unit, true),
        String(m.pairedCases),
      ];
    }),
  );
  const unpaired = METRICS.flatMap(([id, label]) => {
    const u = r.aggregate[id].unpaired;
    if (u.stillOpen + u.notApplicable === 0) return [];
    const why = [
      u.stillOpen > 0 ? `${u.stillOpen} var stadig åbne, da kørslen sluttede` : "",
      u.notApplicable > 0 ? `${u.notApplicable} hvor målet ikke gælder (${notApplicable[id]})` : "",
    ].filter((x) => x !== "");
    return [`  ${label}: ${u.stillOpen + u.notApplicable} uparrede sager: ${why.join("; ")}.`];
  });
  const shown = largestFirst(r.cases).slice(0, CASES_SHOWN);
  const perCase = renderTable(
    ["Sag", ...METRICS.map(([, label]) => label)],
    shown.map((c) => [
      c.caseId,
      ...METRICS.map(([id, , unit]) => formatQuantity(c.differences[id] ?? null, unit, true)),
    ]),
  );
  return [
    `Kontrafaktisk genafspilning af ${r.variant} mod ${r.baseline}: sager med første fraværsdag ${r.from} til ${r.to}, ${r.replications} replikationer`,
    "Forskel = variant − simuleret basis, parret sag for sag (beslutning 0100); historikken står ved siden af.",
    "",
    aggregate,
    ...(unpaired.length > 0 ? ["", `Uparrede sager af ${r.cases.length}:`, ...unpaired] : []),
    "",
    `Største forskelle pr. sag (${shown.length} af ${r.cases.length}; alle med --json):`,
    perCase,
    "",
  ].join("\n");
};
