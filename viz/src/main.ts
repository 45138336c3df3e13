/** Dashboard entry: navigation, hash router, loading a comparison and its chart data from the API. */
import "./styles.css";
import { renderControls } from "./app/controls";
import {
  getCharts,
  getComparison,
  getHistoryRettidighed,
  listComparisons,
  listScenarios,
} from "./charts/apiClient";
import {
  formatRoute,
  parseRoute,
  standaloneViews,
  type ViewId,
  viewIds,
  viewTitles,
} from "./lib/route";
import { el } from "./views/chartFrame";
import { setPresenting } from "./workshop/presenterMode";
import { addExportTools, printButton, setExportSettings } from "./views/exportTools";
import { foelsomhedView } from "./views/foelsomhedView";
import { forloebView } from "./views/forloebView";
import { kapacitetView } from "./views/kapacitetView";
import { rettidighedView } from "./views/rettidighedView";
import { sagsforloebView } from "./views/sagsforloebView";
import { sammenligningView, settingsText } from "./views/sammenligningView";
import { ventetidView } from "./views/ventetidView";
import { workshopView } from "./views/workshopView";
import type { View, ViewContext } from "./views/viewContext";

const views: Readonly<Record<ViewId, View>> = {
  sammenligning: sammenligningView,
  forloeb: forloebView,
  ventetid: ventetidView,
  rettidighed: rettidighedView,
  kapacitet: kapacitetView,
  sagsforloeb: sagsforloebView,
  workshop: workshopView,
  foelsomhed: foelsomhedView,
};

const empty: ViewContext = {
  comparisonId: undefined,
  comparison: undefined,
  labels: {},
  families: {},
  questions: {},
  charts: [],
  params: {},
  history: undefined,
  historyRettidighed: undefined,
  problems: [],
};
let ctx: ViewContext = empty;
let statusLine = "";
/** Set when the comparison cannot be shown (not found, failed, server down): tests and users stop waiting. */
let failed = false;

const render = (): void => {
  const route = parseRoute(location.hash);
  // Presenter mode belongs to the workshop: another view ends it.
  if (route.view !== "workshop") setPresenting(false);
  const nav = document.getElementById("nav") as HTMLElement;
  nav.replaceChildren();
  for (const v of viewIds) {
    const a = el(nav, "a", viewTitles[v]);
    const comparisonId = standaloneViews.has(v)
      ? undefined
      : (ctx.comparisonId ?? (standaloneViews.has(route.view) ? undefined : route.comparisonId));
    a.href = formatRoute({ view: v, comparisonId });
    if (v === route.view) a.setAttribute("aria-current", "page");
  }
  const main = document.getElementById("indhold") as HTMLElement;
  main.replaceChildren();
  main.dataset.view = route.view;
  main.dataset.failed = String(failed);
  main.dataset.ready = String(
    ctx.comparison !== undefined && ctx.charts.length === ctx.comparison.variants.length + 1,
  );
  const title = el(main, "h2", viewTitles[route.view]);
  if (route.view === "sammenligning" && ctx.comparison !== undefined) printButton(title);
  if (statusLine !== "") el(main, "p", statusLine, "status").setAttribute("role", "status");
  for (const p of ctx.problems) el(main, "p", p, "problem");
  // The form stays folded away while a comparison is shown, open when there is none to show.
  const box = document.getElementById("controls-box") as HTMLDetailsElement | null;
  if (box !== null && box.dataset.touched !== "true")
    box.open = route.comparisonId === undefined && !standaloneViews.has(route.view);
  setExportSettings(standaloneViews.has(route.view) ? "" : settingsText(ctx));
  views[route.view](main, ctx);
  addExportTools(main);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Display names, families and questions from the scenario list. */
const scenarioFacts = async () => {
  const list = await listScenarios().catch(() => []);
  const pick = (f: (x: (typeof list)[number]) => string | null | undefined) =>
    Object.fromEntries(list.flatMap((x) => (f(x) == null ? [] : [[x.id, f(x) as string]])));
  return {
    names: pick((x) => x.name),
    families: pick((x) => x.family),
    questions: pick((x) => x.question),
  };
};

const setStatus = (text: string, failure = false): void => {
  statusLine = text;
  failed = failure;
  render();
};

/** Polls the comparison until it is completed; true when it is loaded into `ctx`. */
const pollComparison = async (id: string): Promise<boolean> => {
  for (;;) {
    const s = await getComparison(id).catch((e: { message?: string }) => ({
      error: e.message ?? String(e),
    }));
    if (ctx.comparisonId !== id) return false;
    if ("error" in s) {
      setStatus(s.error, true);
      return false;
    }
    if (s.comparison !== undefined && s.status === "completed") {
      const facts = await scenarioFacts();
      // A run's key (lib/runKeys.ts) has the facts of its scenario.
      const byKey = (f: Readonly<Record<string, string>>) => ({
        ...f,
        ...Object.fromEntries(
          Object.entries(s.scenarioOf).flatMap(([key, id]) =>
            f[id] === undefined ? [] : [[key, f[id]]],
          ),
        ),
      });
      // A label the API gives that differs from the id wins over the scenario list's name.
      ctx = {
        ...ctx,
        comparison: s.comparison,
        labels: { ...byKey(facts.names), ...s.labels },
        families: byKey(facts.families),
        questions: byKey(facts.questions),
      };
      setStatus("");
      return true;
    }
    if (s.status !== "running" && s.status !== "queued") {
      setStatus(
        `Sammenligningen endte med status ${s.status}${s.reason ? `: ${s.reason}` : ""}.`,
        true,
      );
      return false;
    }
    setStatus(
      s.progress ? `Kører … ${s.progress.done} af ${s.progress.total} replikationer` : "Kører …",
    );
    await sleep(400);
  }
};

const load = async (id: string): Promise<void> => {
  ctx = { ...empty, comparisonId: id };
  const c = (await pollComparison(id)) ? ctx.comparison : undefined;
  if (c === undefined) return;
  void getHistoryRettidighed().then((h) => {
    if (ctx.comparisonId !== id || h === undefined) return;
    ctx = { ...ctx, historyRettidighed: h };
    render();
  });
  try {
    const body = await getCharts(id);
    if (ctx.comparisonId !== id) return;
    // The chart data come in the comparison's order (baseline, then variants): keyed by position, so two runs of
    // one scenario with different overrides keep their own charts.
    const keys = [c.baseline.scenario, ...c.variants.map((v) => v.scenario)];
    const keyOf = (i: number, fallback: string) => keys[i] ?? fallback;
    ctx = {
      ...ctx,
      charts: body.scenarios.map((x, i) => ({ ...x.charts, id: keyOf(i, x.charts.id) })),
      params: Object.fromEntries(body.scenarios.map((x, i) => [keyOf(i, x.scenario), x.params])),
    };
  } catch (e) {
    if (ctx.comparisonId !== id) return;
    ctx = { ...ctx, problems: [...ctx.problems, (e as { message?: string }).message ?? String(e)] };
  }
  render();
};

/** The first page opens on the newest finished comparison (the demo one on a first start), else the running one. */
const openNewest = async (): Promise<void> => {
  const runs = (await listComparisons().catch(() => []))
    .filter((r) => r.kind === "comparison")
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const pick =
    runs.find((r) => r.status === "completed") ??
    runs.find((r) => r.status === "running" || r.status === "queued");
  const route = parseRoute(location.hash);
  if (pick === undefined || route.comparisonId !== undefined || standaloneViews.has(route.view))
    return;
  history.replaceState(null, "", formatRoute({ view: route.view, comparisonId: pick.id }));
  onRoute();
};

const onRoute = (): void => {
  const route = parseRoute(location.hash);
  if (
    !standaloneViews.has(route.view) &&
    route.comparisonId !== undefined &&
    route.comparisonId !== ctx.comparisonId
  )
    void load(route.comparisonId);
  render();
  (document.getElementById("indhold") as HTMLElement).focus({ preventScroll: true });
};

window.addEventListener("hashchange", onRoute);
document
  .getElementById("controls-box")
  ?.querySelector("summary")
  ?.addEventListener("click", (e) => {
    ((e.currentTarget as HTMLElement).parentElement as HTMLElement).dataset.touched = "true";
  });
void renderControls(document.getElementById("controls") as HTMLElement, (id) => {
  location.hash = formatRoute({ view: "sammenligning", comparisonId: id });
});
onRoute();
if (parseRoute(location.hash).comparisonId === undefined) void openNewest();
