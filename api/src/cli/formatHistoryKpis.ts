/** Human output of `history kpis`: the run KPIs of the stored history (one history: no interval) and a
 *  month-by-month table, with Danish number formatting. */
import { kpiCatalog, kpiIds } from "@sagsflow/domain";
import type { HistoryKpiReport, HistoryMonth } from "../history";
import { formatQuantity, NO_VALUE } from "./formatDanish";
import { renderTable } from "./renderTable";

const share = (m: HistoryMonth): string =>
  m.rettidighed.share === null ? NO_VALUE : formatQuantity(m.rettidighed.share, "andel");

const monthlyTable = (months: ReadonlyArray<HistoryMonth>): string =>
  renderTable(
    ["Måned", "Nye sager", "Samtaler", "Rettidighed", "Sagsstamme gns.", "Sagsstamme slut"],
    months.map((m) => [
      m.month,
      String(m.newCases),
      String(m.samtaler),
      share(m),
      formatQuantity(m.caseloadAverage, "sager"),
      String(m.caseloadEnd),
    ]),
  );

/** `store` names where the history was read, e.g. "sqlite ./data/sagsflow.db". */
export const formatHistoryKpis = (r: HistoryKpiReport, store: string): string => {
  const head = `Historik i ${store}: ${r.cases} sager, ${r.events} hændelser`;
  if (r.from === null || r.to === null) return `${head}\nIngen sager i perioden.\n`;
  const kpis = renderTable(
    ["Nøgletal", "Værdi", "n"],
    kpiIds.map((id) => [
      kpiCatalog[id].label,
      formatQuantity(r.kpis[id].mean, r.kpis[id].unit),
      String(r.kpis[id].n),
    ]),
  );
  return [
    head,
    `Periode: ${r.from} – ${r.to} (målte sager: første fraværsdag i perioden)`,
    "",
    kpis,
    "",
    monthlyTable(r.monthly),
    "",
  ].join("\n");
};
