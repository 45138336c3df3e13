/** Sammenligning: KPI cards (mean with 95 % CI), difference bars with CI whiskers, one sentence per KPI, what changed. */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import { changedParams, showParam } from "../lib/changedParams";
import { paramLabel } from "../lib/paramLabels";
import { type KpiSummary, kpisIn } from "../lib/comparison";
import { formatRange, formatValue } from "../lib/formatDa";
import { kpiSentence, verdictOf } from "../lib/kpiSentence";
import { scenarioColor } from "../lib/palette";
import { el, legend } from "./chartFrame";
import { differenceBars } from "./differenceBars";
import { headlineSection } from "./headlineSection";
import { labelOf, type View, type ViewContext } from "./viewContext";

const valueLine = (
  parent: HTMLElement,
  ctx: ViewContext,
  kpi: KpiId,
  scenario: string,
  s: KpiSummary | undefined,
  i: number,
) => {
  const row = el(parent, "div", undefined, "kpi-row");
  row.dataset.scenario = scenario;
  const name = el(row, "span", labelOf(ctx, scenario), "kpi-scenario");
  name.style.borderLeftColor = scenarioColor(i);
  const value = el(row, "span", s?.mean == null ? "–" : formatValue(s.mean, s.unit), "kpi-mean");
  value.dataset.kpi = kpi;
  value.dataset.scenario = scenario;
  if (s?.ci95 != null)
    el(row, "span", `95 %: ${formatRange(s.ci95[0], s.ci95[1], s.unit)}`, "kpi-ci");
};

const card = (parent: HTMLElement, ctx: ViewContext, kpi: KpiId): void => {
  const c = ctx.comparison;
  if (c === undefined) return;
  const article = el(parent, "article", undefined, "kpi-card");
  article.dataset.kpi = kpi;
  el(article, "h3", kpiCatalog[kpi].label);
  valueLine(article, ctx, kpi, c.baseline.scenario, c.baseline.kpis[kpi], 0);
  for (const [i, v] of c.variants.entries())
    valueLine(article, ctx, kpi, v.scenario, v.kpis[kpi], i + 1);
  if (c.variants.length === 0) return;
  differenceBars(
    article,
    kpi,
    c.variants.map((v, i) => ({
      label: labelOf(ctx, v.scenario),
      d: v.difference[kpi],
      color: scenarioColor(i + 1),
    })),
  );
  for (const v of c.variants) {
    const p = el(
      article,
      "p",
      kpiSentence(kpi, v.difference[kpi]),
      `sentence verdict-${verdictOf(kpi, v.difference[kpi])}`,
    );
    p.dataset.scenario = v.scenario;
    if (c.variants.length > 1) p.prepend(`${labelOf(ctx, v.scenario)}: `);
  }
};

const changes = (parent: HTMLElement, ctx: ViewContext): void => {
  const c = ctx.comparison;
  if (c === undefined || c.variants.length === 0) return;
  const section = el(parent, "section", undefined, "changes");
  el(section, "h2", "Hvad er ændret");
  const base = ctx.params[c.baseline.scenario];
  for (const v of c.variants) {
    el(section, "h3", labelOf(ctx, v.scenario));
    const mine = ctx.params[v.scenario];
    if (base === undefined || mine === undefined) {
      el(section, "p", "Parametrene er ikke indlæst endnu.", "muted");
      continue;
    }
    const list = el(section, "ul");
    const diff = changedParams(base, mine);
    if (diff.length === 0) el(list, "li", "Ingen parametre er ændret.");
    for (const d of diff)
      el(list, "li", `${paramLabel(d.path)}: ${showParam(d.from)} → ${showParam(d.to)}`);
  }
};

/** Runs' settings in words: what a printed report and an exported picture say about where the numbers come from. */
export const settingsText = (ctx: ViewContext): string => {
  const c = ctx.comparison;
  if (c === undefined) return "";
  const variants = c.variants.map((v) => labelOf(ctx, v.scenario)).join(", ");
  const cases =
    c.baseline.cases == null ? "alle sager i måleåret" : `højst ${c.baseline.cases} sager`;
  return `Basis: ${labelOf(ctx, c.baseline.scenario)}; varianter: ${variants || "ingen"}; frø ${c.baseline.seed}; ${c.baseline.replications} replikationer pr. scenarie; ${cases}`;
};

/** The printed report's first lines (print only): date, the question, and the settings; the summary follows. */
const reportHead = (root: HTMLElement, ctx: ViewContext): void => {
  const c = ctx.comparison;
  if (c === undefined) return;
  const head = el(root, "section", undefined, "report-head print-only");
  const date = new Intl.DateTimeFormat("da-DK", { dateStyle: "long" }).format(new Date());
  el(head, "p", `Rapport fra sagsflow, ${date}`, "report-date");
  const question =
    ctx.questions[c.variants[0]?.scenario ?? ""] ?? ctx.questions[c.baseline.scenario];
  if (question !== undefined) el(head, "p", `Spørgsmål: ${question}`, "report-question");
  el(head, "p", `Indstillinger: ${settingsText(ctx)}.`, "report-settings");
};

export const sammenligningView: View = (root, ctx) => {
  const c = ctx.comparison;
  if (c === undefined) {
    el(
      root,
      "p",
      "Vælg scenarier ovenfor og kør en sammenligning, eller åbn et link til en gemt sammenligning.",
      "muted",
    );
    return;
  }
  reportHead(root, ctx);
  headlineSection(root, ctx);
  el(
    root,
    "p",
    `Frø ${c.baseline.seed}, ${c.baseline.replications} replikationer pr. scenarie. Forskelle er parrede (samme tilfældige tal).`,
    "muted",
  );
  legend(
    root,
    [c.baseline.scenario, ...c.variants.map((v) => v.scenario)].map((s, i) => ({
      name: labelOf(ctx, s),
      color: scenarioColor(i),
    })),
  );
  const grid = el(root, "div", undefined, "kpi-grid");
  for (const kpi of kpisIn(c)) card(grid, ctx, kpi);
  changes(root, ctx);
};
