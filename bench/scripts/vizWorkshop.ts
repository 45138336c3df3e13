/**
 * Dashboard III timings in Chromium (issue 23 §2, §7), against the real app (scripts/start.mjs, built viz):
 * - viz.workshop.firstKpiAfterLever.ms: from the lever's input event to the first what-if KPI painted in the table
 *   (measured in the page with performance.now and a MutationObserver), baseline at 1,000 cases × 10 replications,
 *   every move a setting not run before; median of the moves. The first KPI is the foreløbig estimate of a small
 *   paired run when the workshop shows one (views/workshop/workshopPreview.ts).
 * - viz.view.switch.ms: from a click on a view's link to its chart drawn, on the demo comparison; median.
 */
import type { Page } from "playwright-core";
import { buildDashboard } from "../../test/src/browser/buildDashboard";
import { openGuardedPage } from "../../test/src/browser/dashboardPage";
import { launchChromium } from "../../test/src/browser/launchChromium";
import { startServer } from "../../test/src/browser/startServer";
import { openWorkshop, setRunSettings, waitForRun } from "../../test/src/browser/workshopPage";
import { benchTime, median } from "../src/timings";

/** Runs in the page: moves the lever and resolves with the ms until the first what-if KPI of the new run is shown. */
const firstKpiAfterMove = (page: Page, value: number): Promise<number> =>
  page.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('input[type=range][data-lever="levers.vsWeeksBeforeRaskmelding"]');
    const before = Number(document.querySelector(".ws-results").dataset.run);
    const check = () => {
      const r = document.querySelector(".ws-results");
      const v = r && r.querySelector('.kpi-mean[data-scenario="whatif"][data-kpi="waitRaskmeldingToJobDays"]');
      if (r && Number(r.dataset.run) > before && v && v.textContent !== "–") {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.getElementById("indhold"), { subtree: true, childList: true, attributes: true });
    const t0 = performance.now();
    input.value = String(${value});
    input.dispatchEvent(new Event("input", { bubbles: true }));
  })`) as Promise<number>;

buildDashboard();
const server = await startServer({ SAGSFLOW_STORE: "memory", SAGSFLOW_DEMO: "0" });
const browser = await launchChromium();
try {
  const { page } = await openGuardedPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("main[data-ready=true] .kpi-card", { timeout: 300_000 });
  const switches: number[] = [];
  const views = [
    ["Forløb", ".sankey path.link"],
    ["Ventetid og varighed", "path.ecdf"],
    ["Rettidighed over tid", "path.line"],
    ["Kapacitet", "path.line"],
    ["Sagsforløb", ".lane rect"],
    ["Sammenligning", ".kpi-card"],
  ] as const;
  for (let round = 0; round < 2; round++)
    for (const [title, drawn] of views) {
      const started = performance.now();
      await page.getByRole("link", { name: title, exact: true }).click();
      await page.waitForSelector(`main[data-view] ${drawn}`, { timeout: 60_000 });
      switches.push(performance.now() - started);
    }
  await openWorkshop(page, server.origin, "baseline");
  await setRunSettings(page, { seed: 1, cases: 1000, replications: 10 });
  const first: number[] = [];
  // 1, 2, ..., 10 weeks: every move is a new setting, so every re-run compiles and simulates.
  for (let i = 1; i <= 10; i++) {
    const before = Number(await page.locator(".ws-results").getAttribute("data-run"));
    first.push(await firstKpiAfterMove(page, i));
    await waitForRun(page, before, 120_000);
  }
  const cores = await page.evaluate("navigator.hardwareConcurrency");
  console.error(
    `vizWorkshop: ${cores} cores; first KPI ms ${first.map((x) => x.toFixed(0)).join(" ")}; view switch ms ${switches.map((x) => x.toFixed(0)).join(" ")}`,
  );
  benchTime("viz.workshop.firstKpiAfterLever.ms", median(first), "ms", 300);
  benchTime("viz.view.switch.ms", median(switches), "ms", 1000);
} finally {
  await browser.close();
  await server.stop();
}
