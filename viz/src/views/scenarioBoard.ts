/** Scenario board: up to four saved lever settings side by side in large type, with a chart and a print button. */
import { type KpiSummaries, kpiCatalog, kpiIds } from "@sagsflow/simulator/model";
import { formatValue } from "../lib/formatDa";
import { scenarioColor } from "../lib/palette";
import { el } from "./chartFrame";
import { printButton } from "./exportTools";
import { kpiBarsChart } from "./kpiBarsChart";

export const BOARD_MAX = 4;

export interface BoardEntry {
  /** The saved scenario's id in the API. */
  readonly id: string;
  readonly name: string;
  readonly settings: string;
  readonly kpis: KpiSummaries;
}

export const scenarioBoard = (
  root: HTMLElement,
  entries: ReadonlyArray<BoardEntry>,
  actions: { readonly remove: (id: string) => void; readonly compareInApi: () => void },
): void => {
  const box = el(root, "section", undefined, "board");
  el(box, "h3", `Scenarietavle (${entries.length} af højst ${BOARD_MAX})`);
  if (entries.length === 0) {
    el(box, "p", "Gem en indstilling som variant for at lægge den på tavlen.", "muted");
    return;
  }
  const table = el(box, "table", undefined, "board-table");
  const head = el(table, "tr");
  el(head, "th", "Nøgletal");
  for (const [i, e] of entries.entries()) {
    const th = el(head, "th");
    th.style.borderTopColor = scenarioColor(i + 1);
    el(th, "div", e.name, "board-name");
    el(th, "div", e.settings, "muted board-settings");
    const b = el(th, "button", "Fjern", "small no-print");
    b.type = "button";
    b.addEventListener("click", () => actions.remove(e.id));
  }
  for (const kpi of kpiIds) {
    const row = el(table, "tr");
    el(row, "th", kpiCatalog[kpi].label).setAttribute("scope", "row");
    for (const e of entries) {
      const s = e.kpis[kpi];
      el(row, "td", s?.mean == null ? "–" : formatValue(s.mean, s.unit), "board-value");
    }
  }
  kpiBarsChart(
    box,
    "Scenarietavle: ventetider",
    ["waitRaskmeldingToVirksomhedsserviceDays", "waitRaskmeldingToJobDays"],
    entries.map((e, i) => ({ name: e.name, color: scenarioColor(i + 1), kpis: e.kpis })),
  );
  const tools = el(box, "div", undefined, "no-print board-tools");
  const cmp = el(tools, "button", "Sammenlign i API (med konfidensintervaller for forskelle)");
  cmp.type = "button";
  cmp.addEventListener("click", actions.compareInApi);
  printButton(tools);
};
