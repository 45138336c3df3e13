/** Page helpers for the workshop browser test and benchmark: move a lever, wait for the re-run, read the numbers. */
import type { Page } from "playwright-core";

export interface RunShown {
  readonly run: number;
  /** The what-if's raskmelding → job waiting time as shown (text) and as its exact number (data-value). */
  readonly text: string;
  readonly value: number;
  readonly firstKpiMs: number;
  readonly totalMs: number;
}

const WAIT = '.kpi-mean[data-kpi="waitRaskmeldingToJobDays"][data-scenario="whatif"]';

/** Waits until a run newer than `after` has finished (or failed: then throws with the page's status line). */
export const waitForRun = async (
  page: Page,
  after: number,
  timeout = 60_000,
): Promise<RunShown> => {
  // A string predicate: it runs in the page, whose DOM types this Node project does not load.
  await page.waitForFunction(
    `(() => { const r = document.querySelector(".ws-results");
      return r !== null && Number(r.dataset.run) > ${after} && (r.dataset.state === "done" || r.dataset.state === "error"); })()`,
    undefined,
    { timeout },
  );
  const box = page.locator(".ws-results");
  if ((await box.getAttribute("data-state")) === "error")
    throw new Error(`workshop run failed: ${await box.locator(".status").textContent()}`);
  const wait = page.locator(WAIT);
  return {
    run: Number(await box.getAttribute("data-run")),
    text: (await wait.textContent()) ?? "",
    value: Number(await wait.getAttribute("data-value")),
    firstKpiMs: Number(await box.getAttribute("data-first-kpi-ms")),
    totalMs: Number(await box.getAttribute("data-total-ms")),
  };
};

export const currentRun = async (page: Page): Promise<number> =>
  Number((await page.locator(".ws-results").getAttribute("data-run")) ?? 0);

/** Sets a lever slider (an `input` event, as dragging gives) and waits for the re-run it starts. */
export const moveLever = async (page: Page, path: string, value: number): Promise<RunShown> => {
  const before = await currentRun(page);
  await page.locator(`input[type=range][data-lever="${path}"]`).fill(String(value));
  return waitForRun(page, before);
};

/** Opens the workshop on a scenario and waits for its own run (the reference). */
export const openWorkshop = async (
  page: Page,
  origin: string,
  scenario: string,
): Promise<RunShown> => {
  // Only the hash changes when the page is already open: the workshop stays and loads the new scenario.
  const before = (await page.locator(".ws-results").count()) > 0 ? await currentRun(page) : 0;
  await page.goto(`${origin}/#/workshop/${encodeURIComponent(scenario)}`);
  await page.waitForSelector(".ws-results", { state: "attached" });
  return waitForRun(page, before, 120_000);
};

/** Changes seed, cases and replications in the form (a change event per field) and waits for the last re-run. */
export const setRunSettings = async (
  page: Page,
  s: { seed: number; cases: number; replications: number },
): Promise<RunShown> => {
  for (const [id, v] of [
    ["#ws-seed", s.seed],
    ["#ws-cases", s.cases],
    ["#ws-replications", s.replications],
  ] as const) {
    await page.fill(id, String(v));
    await page.locator(id).dispatchEvent("change");
  }
  return waitForRun(page, (await currentRun(page)) - 1);
};
