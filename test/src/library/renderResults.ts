/** Markdown for the regenerated result tables: family tables (docs/scenarios.md) and reproductions (both docs). */
import type { KpiSummary } from "@sagsflow/simulator/model";
import type { FamilyTable } from "./familyTables";
import { FAMILY_RUN } from "./familyTables";
import { REFORM_RUN } from "./reformReproduction";
import {
  SKANDERBORG_BANDS as B,
  SKANDERBORG_RUN,
  type SkanderborgResult,
} from "./skanderborgReproduction";

const share = (x: number): string => `${(x * 100).toFixed(1)} %`;
const num = (x: number, unit: string): string =>
  unit === "andel" ? share(x) : x.toFixed(unit === "kr." ? 0 : 1);

const cell = (s: KpiSummary, difference: boolean): string => {
  if (s.mean === null) return "n/a";
  const sign = difference && s.mean > 0 ? "+" : "";
  const ci = s.ci95 === null ? "" : ` [${num(s.ci95[0], s.unit)}, ${num(s.ci95[1], s.unit)}]`;
  return `${sign}${num(s.mean, s.unit)}${ci}`;
};

export const familyTablesMarkdown = (tables: ReadonlyArray<FamilyTable>): string =>
  tables
    .map(({ family, rows }) => {
      const head = `| scenario | ${family.kpis.join(" | ")} |\n|---|${family.kpis.map(() => "---:").join("|")}|`;
      const body = rows.map(
        (r, i) =>
          `| ${i === 0 ? r.scenario : `${r.scenario} (difference)`} | ${r.values.map((v) => cell(v, i > 0)).join(" | ")} |`,
      );
      return [
        `#### ${family.id} (seed ${family.seed}, ${FAMILY_RUN.replications} replications x ${FAMILY_RUN.cases} cases)`,
        "",
        head,
        ...body,
      ].join("\n");
    })
    .join("\n\n");

export const reproductionsMarkdown = (sk: SkanderborgResult, reform: KpiSummary): string => {
  const ci = reform.ci95 ?? [Number.NaN, Number.NaN];
  const met = (ok: boolean) => (ok ? "yes" : "**no**");
  const within = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
  const late = sk.lateMonths.map((m) => m.rettidighed);
  const trajectory = sk.recovery.map((m) => share(m.rettidighed)).join(", ");
  return [
    `| figure | published | test band | model | met |`,
    `|---|---|---|---|---|`,
    `| Skanderborg rettidighed, crisis | 16,9 % (July 2016) | ${share(B.crisisRettidighed[0])}-${share(B.crisisRettidighed[1])} | ${share(sk.crisis.rettidighed)} | ${met(within(sk.crisis.rettidighed, B.crisisRettidighed))} |`,
    `| Skanderborg samtaler per month, crisis | about 200 | ${B.crisisSamtaler[0]}-${B.crisisSamtaler[1]} | ${sk.crisis.samtalerPerMonth.toFixed(0)} | ${met(within(sk.crisis.samtalerPerMonth, B.crisisSamtaler))} |`,
    `| Skanderborg largest month-to-month change, recovery year | turned "på bare 10 måneder" | ≤ ${B.largestJumpPp} pp | ${sk.largestJumpPp.toFixed(1)} pp | ${met(sk.largestJumpPp <= B.largestJumpPp)} |`,
    `| Skanderborg rettidighed, recovery months 9-12 | 81,7 % | each month ${share(B.lateMonthsRettidighed[0])}-${share(B.lateMonthsRettidighed[1])} | ${late.map(share).join(", ")} | ${met(late.length === 4 && late.every((x) => within(x, B.lateMonthsRettidighed)))} |`,
    `| Skanderborg samtaler per month, months 10-12 | about 1,200 | ${B.samtalerAfter[0]}-${B.samtalerAfter[1]} | ${sk.samtalerPerMonthAfter.toFixed(0)} | ${met(within(sk.samtalerPerMonthAfter, B.samtalerAfter))} |`,
    `| 2014 reform: spell duration, 2015-19 minus pre-2014 | "just under 3 days" shorter (all spells) | published: [-6, 0]; model test: CI within [-20, 0] days (docs/scenarios.md, "The 2014 reform") | ${(reform.mean ?? Number.NaN).toFixed(1)} days [${ci[0].toFixed(1)}, ${ci[1].toFixed(1)}] | published: ${met(ci[0] >= -6 && ci[1] <= 0)}; model test: ${met(ci[0] >= -20 && ci[1] <= 0)} |`,
    "",
    `Skanderborg recovery, rettidighed month by month (months 1-12 from March 2017): ${trajectory}.`,
    "",
    `Skanderborg: seed ${SKANDERBORG_RUN.seed}, ${SKANDERBORG_RUN.replications} replications of a full year each; reform: seed ${REFORM_RUN.seed}, ${REFORM_RUN.replications} replications x ${REFORM_RUN.cases} cases. Rettidighed is sagsflow's deadline-by-deadline share (met / due, all legal deadlines, domain.md §1.8 R1-R4), standing in for Skanderborg's own measure, which the article does not define.`,
  ].join("\n");
};
