/**
 * Human output of `compare`: per variant a Danish table of baseline, variant and the paired difference with its
 * 95% interval, and a verdict only where the interval excludes 0 (otherwise the difference may be noise).
 */
import { kpiCatalog, kpiIds } from "@sagsflow/domain";
import type { KpiSummary } from "../application";
import type { CompareReport, ScenarioNames, VariantReport } from "../application";
import { formatInterval, formatQuantity } from "./formatDanish";
import { describeRun, scenarioTitle } from "./formatRunTable";
import { renderTable } from "./renderTable";

type Better = "lower" | "higher" | "neutral";

/** "bedre"/"værre" by the KPI's better direction, "ændret" for neutral KPIs, "ingen sikker forskel" if CI spans 0. */
export const verdict = (d: KpiSummary, better: Better): string => {
  if (d.ci95 === null) return "";
  const [lo, hi] = d.ci95;
  if (lo <= 0 && hi >= 0) return "ingen sikker forskel";
  if (better === "neutral") return lo > 0 ? "højere" : "lavere";
  return lo > 0 === (better === "higher") ? "bedre" : "værre";
};

const variantTable = (base: CompareReport["baseline"], v: VariantReport): string =>
  renderTable(
    ["Nøgletal", "Basis", "Variant", "Forskel", "95 %-interval", "Vurdering"],
    kpiIds.map((id) => {
      const d = v.difference[id];
      return [
        kpiCatalog[id].label,
        formatQuantity(base.kpis[id].mean, base.kpis[id].unit),
        formatQuantity(v.kpis[id].mean, v.kpis[id].unit),
        formatQuantity(d.mean, d.unit, true),
        formatInterval(d.ci95, d.unit, true),
        verdict(d, kpiCatalog[id].better),
      ];
    }),
  );

export const formatCompareTable = (r: CompareReport, names: ScenarioNames): string => {
  const head = `Basis: ${scenarioTitle(r.baseline.scenario, names)}\n${describeRun(r.baseline)}, parret pr. replikation\n`;
  const parts = r.variants.map(
    (v) => `\nVariant: ${scenarioTitle(v.scenario, names)}\n\n${variantTable(r.baseline, v)}\n`,
  );
  return head + parts.join("");
};
