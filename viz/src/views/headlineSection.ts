/** The leader's summary at the top of Sammenligning: the family's question and 3–4 KPIs, one verdict sentence each. */
import { type KpiId, kpiCatalog } from "@sagsflow/simulator/model";
import indexYaml from "../../../scenarios/library/index.yaml?raw";
import { familyKpis } from "../lib/familyKpis";
import { defaultHeadlineKpis, headline, unpairedDifference } from "../lib/headline";
import { el } from "./chartFrame";
import { labelOf, type ViewContext } from "./viewContext";

const byFamily = familyKpis(indexYaml);

const verdictClass: Readonly<Record<string, string>> = {
  bedre: "better",
  værre: "worse",
  "ingen sikker forskel": "none",
  ubetydelig: "negligible",
  ændret: "changed",
};

export const headlineKpisOf = (family: string | undefined): ReadonlyArray<KpiId> =>
  (family === undefined ? undefined : byFamily[family]) ?? defaultHeadlineKpis;

export const headlineSection = (parent: HTMLElement, ctx: ViewContext): void => {
  const c = ctx.comparison;
  if (c === undefined || c.variants.length === 0) return;
  const baseFamily = ctx.families[c.baseline.scenario];
  const section = el(parent, "section", undefined, "headline");
  section.setAttribute("aria-label", "Overblik");
  const kpis = headlineKpisOf(baseFamily).filter((k) => c.baseline.kpis[k] !== undefined);
  for (const v of c.variants) {
    const paired = ctx.families[v.scenario] === baseFamily;
    const block = el(section, "div", undefined, "headline-variant");
    block.dataset.scenario = v.scenario;
    el(block, "h3", `${labelOf(ctx, v.scenario)} mod ${labelOf(ctx, c.baseline.scenario)}`);
    const question = ctx.questions[v.scenario];
    if (question !== undefined) el(block, "p", question, "question");
    if (!paired)
      el(
        block,
        "p",
        "Ikke parret: scenarierne hører til forskellige kommuner med forskellige borgere, så forskellen er beregnet som mellem to uafhængige målinger (bredere interval), ikke med fælles tilfældige tal.",
        "unpaired",
      );
    const list = el(block, "ul");
    for (const kpi of kpis) {
      const d = paired ? v.difference[kpi] : unpairedDifference(c.baseline.kpis[kpi], v.kpis[kpi]);
      const h = headline(kpi, d, paired);
      const li = el(list, "li", undefined, `verdict-${verdictClass[h.verdict ?? ""] ?? "unknown"}`);
      li.dataset.kpi = kpi;
      li.dataset.verdict = h.verdict ?? "";
      el(li, "span", kpiCatalog[kpi].label, "headline-kpi");
      el(li, "span", h.sentence, "headline-sentence");
    }
  }
};
