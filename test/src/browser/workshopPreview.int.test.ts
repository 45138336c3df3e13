/**
 * Browser test of the workshop's foreløbig first estimate (issue 23 §2): after a lever move the first what-if numbers
 * painted come from the small run, marked "foreløbig" with a paired difference and no interval, read as the
 * udgangspunkt's level plus that difference (close to the full result, unlike the small run's own biased level);
 * the full run then replaces them.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { QUIET_SERVER, useBrowserApp } from "./browserApp";
import { openWorkshop, setRunSettings } from "./workshopPage";

const VS = "levers.vsWeeksBeforeRaskmelding";
const WAIT = "waitRaskmeldingToJobDays";

const app = useBrowserApp(QUIET_SERVER);

interface Shown {
  readonly preliminary: boolean;
  readonly boxPreliminary: boolean;
  readonly value: number;
  readonly cellText: string;
  readonly diffText: string;
  readonly state: string;
}

/**
 * Runs in the page: moves the lever and records the what-if wait every time it is painted (a MutationObserver),
 * until the run is done.
 */
const paintedAfterMove = (p: Page, value: number): Promise<ReadonlyArray<Shown>> =>
  p.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('input[type=range][data-lever="${VS}"]');
    const before = Number(document.querySelector(".ws-results").dataset.run);
    const seen = [];
    const check = () => {
      const r = document.querySelector(".ws-results");
      const v = r && r.querySelector('.kpi-mean[data-scenario="whatif"][data-kpi="${WAIT}"]');
      if (!(r && Number(r.dataset.run) > before)) return;
      if (v && v.textContent !== "–") {
        const diff = r.querySelector('.kpi-diff[data-kpi="${WAIT}"]');
        seen.push({
          preliminary: v.dataset.preliminary === "true",
          boxPreliminary: r.dataset.preliminary === "true",
          value: Number(v.dataset.value),
          cellText: v.parentElement.textContent,
          diffText: diff ? diff.parentElement.textContent : "",
          state: r.dataset.state,
        });
      }
      if (r.dataset.state === "done" || r.dataset.state === "error") {
        observer.disconnect();
        resolve(seen);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.getElementById("indhold"), { subtree: true, childList: true, attributes: true });
    input.value = String(${value});
    input.dispatchEvent(new Event("input", { bubbles: true }));
  })`) as Promise<ReadonlyArray<Shown>>;

describe("workshop foreløbig first estimate in Chromium", () => {
  it("shows a foreløbig what-if from a small paired run first, then the full run replaces it", async () => {
    const { page, server } = app;
    await openWorkshop(page, server.origin, "baseline");
    // 3,000 cases: a full replication costs several times the small run, so the foreløbig one is painted first even
    // on a loaded machine (the small run is queued first and both start together).
    await setRunSettings(page, { seed: 1, cases: 3000, replications: 2 });
    const painted = await paintedAfterMove(page, 8);
    const first = painted[0];
    const last = painted[painted.length - 1];
    expect(first?.preliminary, JSON.stringify(painted)).toBe(true);
    expect(first?.boxPreliminary).toBe(true);
    expect(first?.cellText).toMatch(/foreløbig/);
    // The paired difference of the small run is shown (a signed number of days), without an interval.
    expect(first?.diffText).toMatch(/^[+\u2212-]?\d+,\d+ dage? \(foreløbig\)$/);
    // The full run replaces it: the last painting is of the full run, done, with nothing marked foreløbig.
    expect(last?.preliminary).toBe(false);
    expect(last?.state).toBe("done");
    expect(await page.locator(".ws-table [data-preliminary]").count()).toBe(0);
    expect(await page.locator(".ws-results[data-preliminary]").count()).toBe(0);
    expect(await page.locator(".ws-table .kpi-ci.prelim").first().textContent()).toMatch(/2 af 10/);
    // The udgangspunkt's level plus the small difference lands near the full what-if; the small run's own level
    // (fewer long spells after a 26-week warm-up) would be about half of it.
    const full = last?.value ?? Number.NaN;
    expect(Math.abs((first?.value ?? 0) - full) / full).toBeLessThan(0.1);
  }, 180_000);
});
