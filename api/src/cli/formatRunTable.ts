/** Human output of `run`: a Danish table of every KPI with mean, unit and 95% interval. */
import { kpiCatalog, kpiIds } from "@sagsflow/domain";
import type { KpiSummaries } from "../application";
import type { RunReport, ScenarioNames } from "../application";
import { formatInterval, formatQuantity } from "./formatDanish";
import { renderTable } from "./renderTable";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Frø 1, 20 replikationer, højst 400 målte sager": what a reader needs to reproduce the numbers. */
export const describeRun = (r: RunReport): string =>
  [
    `Frø ${r.seed}`,
    plural(r.replications, "replikation", "replikationer"),
    ...(r.cases === null ? [] : [`højst ${r.cases} målte sager`]),
  ].join(", ");

export const scenarioTitle = (id: string, names: ScenarioNames): string =>
  names[id] === undefined ? id : `${names[id]} (${id})`;

export const kpiTable = (kpis: KpiSummaries): string =>
  renderTable(
    ["Nøgletal", "Gennemsnit", "95 %-interval", "n"],
    kpiIds.map((id) => {
      const k = kpis[id];
      return [
        kpiCatalog[id].label,
        formatQuantity(k.mean, k.unit),
        formatInterval(k.ci95, k.unit),
        String(k.n),
      ];
    }),
  );

export const formatRunTable = (r: RunReport, names: ScenarioNames): string =>
  `Scenarie: ${scenarioTitle(r.scenario, names)}\n${describeRun(r)}\n\n${kpiTable(r.kpis)}\n`;
