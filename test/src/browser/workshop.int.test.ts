/**
 * Browser test of the workshop (issue 12 §6): with a fixed seed, moving "virksomhedsservice før raskmelding" from 0 to
 * 8 weeks lowers the shown raskmelding → job wait and moving it back restores the exact number; an in-browser run
 * equals `sagsflow run --json`; a setting is saved through the API onto the board; the tornado chart draws a
 * sensitivity report. Writes screenshots (see screenshotDir.ts): {workshop,foelsomhed}.png.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "./buildDashboard";
import { identifiersOnPage, openGuardedPage } from "./dashboardPage";
import { launchChromium } from "./launchChromium";
import { screenshotDir } from "./screenshotDir";
import { repoRoot, type RunningServer, startServer } from "./startServer";
import { moveLever, openWorkshop, setRunSettings } from "./workshopPage";

const run = promisify(execFile);
const shots = screenshotDir();
const VS = "levers.vsWeeksBeforeRaskmelding";

let browser: Browser;
let server: RunningServer;
let page: Page;
let guard: { foreign: ReadonlyArray<string>; errors: ReadonlyArray<string> };
let sensitivityId: Promise<string>;

beforeAll(async () => {
  buildDashboard();
  browser = await launchChromium();
  server = await startServer({
    SAGSFLOW_STORE: "memory",
    SAGSFLOW_DEMO: "0",
    SAGSFLOW_DEMO_COMPARISON: "0",
  });
  // Started at once: the API simulates it while the other tests run; only the last test needs it.
  sensitivityId = fetch(`${server.origin}/api/sensitivity`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      scenario: "lyngby-taarbaek/vs-foer-raskmelding",
      samples: 4,
      replications: 2,
      cases: 200,
      seed: 1,
    }),
  }).then(async (r) => ((await r.json()) as { id: string }).id);
  const g = await openGuardedPage(browser, server.origin);
  page = g.page;
  guard = g;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 30_000);

describe("workshop in Chromium", () => {
  it("lowers the raskmelding → job wait at 8 weeks of virksomhedsservice før raskmelding and restores it at 0", async () => {
    await openWorkshop(page, server.origin, "baseline");
    const at0 = await setRunSettings(page, { seed: 1, cases: 1000, replications: 2 });
    const at8 = await moveLever(page, VS, 8);
    expect(at8.value).toBeLessThan(at0.value);
    expect(at8.text).not.toBe(at0.text);
    const back = await moveLever(page, VS, 0);
    expect(back.text).toBe(at0.text);
    expect(back.value).toBe(at0.value);
    // Every slider says its value in words; every control has a name, and no two toggles share one.
    const valueTexts = await page
      .locator("input[type=range]")
      .evaluateAll((xs) =>
        xs.map((x) =>
          (x as unknown as { getAttribute: (a: string) => string | null }).getAttribute(
            "aria-valuetext",
          ),
        ),
      );
    expect(valueTexts.length).toBeGreaterThan(4);
    for (const t of valueTexts) expect(t).toMatch(/^(fra|[\d.,]+ \S+.*)$/);
    const names =
      (await page.evaluate(`[...document.querySelectorAll("input, select, button")].map((e) =>
      e.getAttribute("aria-label") || (e.labels && e.labels[0] && e.labels[0].textContent.trim()) || e.textContent.trim())`)) as string[];
    expect(names.filter((n) => n === "")).toEqual([]);
    const toggles = (await page.evaluate(
      `[...document.querySelectorAll(".levers input[type=checkbox]")].map((e) => e.getAttribute("aria-label"))`,
    )) as string[];
    expect(new Set(toggles).size).toBe(toggles.length);
  }, 120_000);

  it("gives the same KPI JSON in the browser as sagsflow run --json", async () => {
    await openWorkshop(page, server.origin, "vs-foer-raskmelding");
    await setRunSettings(page, { seed: 7, cases: 300, replications: 3 });
    const shown = JSON.parse((await page.locator("pre.kpi-json").textContent()) ?? "null");
    const cli = await run(
      "npx",
      [
        "sagsflow",
        "run",
        "scenarios/library/vs-foer-raskmelding.yaml",
        "--seed",
        "7",
        "--cases",
        "300",
        "--replications",
        "3",
        "--json",
      ],
      { cwd: repoRoot },
    );
    const kpis = (JSON.parse(cli.stdout) as { kpis: unknown }).kpis;
    expect(JSON.stringify(shown)).toBe(JSON.stringify(kpis));
  }, 120_000);

  it("saves a lever setting as a variant through the API and shows it on the board", async () => {
    await openWorkshop(page, server.origin, "baseline");
    await setRunSettings(page, { seed: 1, cases: 1000, replications: 2 });
    await moveLever(page, VS, 8);
    await page.fill("#ws-name", "VS otte uger før");
    await page.getByRole("button", { name: "Gem som variant og læg på tavlen" }).click();
    await page.waitForSelector(".board-table");
    const saved = (await (
      await fetch(`${server.origin}/api/scenarios/vs-otte-uger-foer`)
    ).json()) as { yaml: string; source: string };
    expect(saved.source).toBe("saved");
    expect(saved.yaml).toContain("extends: baseline.yaml");
    expect(saved.yaml).toContain("vsWeeksBeforeRaskmelding: 8");
    expect(await page.locator(".board-value").count()).toBeGreaterThan(10);
    const download = page.waitForEvent("download");
    await page.locator(".board figure.chart-box .export button", { hasText: "CSV" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    // Danish Excel: byte-order mark, semicolons, Danish headers, decimal commas.
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFScenarie;Nøgletal;Enhed;Middelværdi;95 %-interval, nedre;95 %-interval, øvre",
    );
    expect(csv).toMatch(/\r\nVS otte uger før;Ventetid fra raskmelding til job;dage;\d+,\d+;/);
    expect(await identifiersOnPage(page)).toEqual([]);
    await page.screenshot({ path: join(shots, "workshop.png"), fullPage: true });
  }, 120_000);

  it("runs the board in the API and the saved variant works in every view", async () => {
    await page.getByRole("button", { name: /Sammenlign i API/ }).click();
    // The API queue runs the sensitivity analysis started in beforeAll first: on a loaded machine that takes minutes.
    await page.waitForSelector("main[data-ready=true] .kpi-card, main[data-failed=true]", {
      timeout: 480_000,
    });
    expect(await page.getAttribute("main", "data-failed")).toBe("false");
    expect(await page.locator(".changes li").first().textContent()).not.toMatch(/ikke indlæst/);
    for (const [title, drawn] of [
      ["Forløb", ".sankey path.link"],
      ["Ventetid og varighed", "path.ecdf"],
      ["Kapacitet", "path.line"],
    ] as const) {
      await page.getByRole("link", { name: title, exact: true }).click();
      await page.waitForSelector(drawn, { timeout: 60_000 });
      expect(await page.locator("main .problem").count(), title).toBe(0);
    }
    await page.getByRole("link", { name: "Workshop", exact: true }).click();
  }, 600_000);

  it("shows intervals only from ten replications, clamped, with a paired difference and a bedre/værre mark", async () => {
    // Still on baseline from the board test; a lever at 0 then 8 makes a what-if of two replications.
    await setRunSettings(page, { seed: 1, cases: 1000, replications: 2 });
    await moveLever(page, VS, 0);
    await moveLever(page, VS, 8);
    expect(await page.locator(".ws-table .kpi-ci.prelim").count()).toBeGreaterThan(10);
    expect(await page.locator(".ws-table .kpi-ci:not(.prelim)").count()).toBe(0);
    await setRunSettings(page, { seed: 1, cases: 300, replications: 10 });
    // The reference (udgangspunkt) runs on its own channel; wait until the difference column is filled.
    await page.waitForSelector(".ws-diff .mark", { timeout: 60_000 });
    const marks = await page
      .locator(".ws-diff .mark")
      .evaluateAll((xs) =>
        xs.map((x) => (x as unknown as { dataset: { verdict: string } }).dataset.verdict),
      );
    expect(marks).toContain("bedre");
    for (const text of await page.locator(".ws-table .kpi-ci").allTextContents()) {
      expect(text).not.toMatch(/foreløbig/);
      // No negative days or shares above 100 % in a level's interval.
    }
    for (const text of await page.locator(".ws-table td:not(.ws-diff) .kpi-ci").allTextContents())
      expect(text, text).not.toMatch(/\u2212/);
  }, 180_000);

  it("keeps presenter mode to the workshop, with a visible exit and Esc, and keeps the board over a reload", async () => {
    await page.getByRole("button", { name: "Præsentationsvisning" }).click();
    const exit = page.getByRole("button", { name: "Afslut præsentation (Esc)" });
    expect(await exit.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.evaluate("document.body.classList.contains('presenter')")).toBe(false);
    await page.getByRole("button", { name: "Præsentationsvisning" }).click();
    await exit.click();
    expect(await page.evaluate("document.body.classList.contains('presenter')")).toBe(false);
    await page.getByRole("button", { name: "Præsentationsvisning" }).click();
    await page.getByRole("link", { name: "Forløb", exact: true }).click();
    await page.waitForFunction("!document.body.classList.contains('presenter')");
    await page.getByRole("link", { name: "Workshop", exact: true }).click();
    // The hash change (and its render) comes after the click returns: wait for the board.
    await page.waitForSelector(".board-name");
    const boardBefore = await page.locator(".board-name").allTextContents();
    expect(boardBefore).toContain("VS otte uger før");
    await page.reload();
    await page.waitForSelector(".board-table");
    expect(await page.locator(".board-name").allTextContents()).toEqual(boardBefore);
  }, 120_000);

  it("sweeps a lever over its range against a KPI with an interval band", async () => {
    await page.selectOption("#sweep-lever", VS);
    await page.selectOption("#sweep-kpi", "waitRaskmeldingToJobDays");
    await setRunSettings(page, { seed: 1, cases: 200, replications: 10 });
    await page.getByRole("button", { name: "Kør gennemløb" }).click();
    await page.waitForSelector(".sweep-panel[data-state=done], .sweep-panel[data-state=error]", {
      timeout: 240_000,
    });
    expect(await page.getAttribute(".sweep-panel", "data-state")).toBe("done");
    expect(await page.locator("circle.sweep-point").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator(".sweep path.band").getAttribute("d")).toMatch(/\d/);
    await page.locator(".sweep-panel").screenshot({ path: join(shots, "workshop-gennemloeb.png") });
  }, 300_000);

  it("draws the tornado chart from GET /api/sensitivity/{id} with the share of samples where the conclusion holds", async () => {
    const id = await sensitivityId;
    // The analysis (348 replications) shares two cores with Chromium's workers and the other tests' API runs:
    // wait for it through the API, as long as a loaded machine needs, then the view draws at once.
    for (let i = 0; i < 1200; i++) {
      const r = (await (await fetch(`${server.origin}/api/sensitivity/${id}`)).json()) as {
        status: string;
      };
      if (r.status !== "running" && r.status !== "queued") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.goto(`${server.origin}/#/foelsomhed/${encodeURIComponent(id)}`);
    await page.waitForSelector(".tornado-bar, .foelsomhed .problem:not(:empty)", {
      timeout: 150_000,
    });
    await page.waitForFunction(
      `document.querySelector(".tornado-bar") !== null || !/kører/i.test(document.querySelector(".foelsomhed .problem")?.textContent ?? "")`,
      undefined,
      { timeout: 150_000 },
    );
    const report = (await (await fetch(`${server.origin}/api/sensitivity/${id}`)).json()) as {
      status: string;
      oneAtATime: ReadonlyArray<{
        atLow: { mean: number | null };
        atHigh: { mean: number | null };
      }>;
      lhs: { samples: number };
    };
    expect(report.status).toBe("completed");
    const drawable = report.oneAtATime.filter(
      (r) => r.atLow.mean !== null && r.atHigh.mean !== null,
    );
    expect(await page.locator(".tornado-row").count()).toBe(Math.min(15, drawable.length));
    expect(await page.locator(".conclusion").textContent()).toContain(
      `af ${report.lhs.samples} stikprøver`,
    );
    await page.screenshot({ path: join(shots, "foelsomhed.png"), fullPage: true });
    // The same report as a file (the CLI's `sensitivity --json`) draws the same chart.
    await page.goto(`${server.origin}/#/foelsomhed`);
    await page.setInputFiles("#sensitivity-file", {
      name: "s.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(report)),
    });
    await page.waitForSelector(".tornado-bar");
    expect(await page.locator(".tornado-row").count()).toBe(Math.min(15, drawable.length));
    expect(guard.errors).toEqual([]);
    expect(guard.foreign).toEqual([]);
  }, 780_000);
});
