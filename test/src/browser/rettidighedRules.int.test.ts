/**
 * Browser test of rettidighed per deadline rule (issue 17 item 5, issue 23): on the demo comparison the Rettidighed
 * view shows, below the monthly chart, a table with the total and all ten deadline rules in Danish, one column per
 * scenario, each a share with its interval and the number of deadlines, exportable as Danish CSV.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deadlineRuleLabels, deadlineRules } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import { useBrowserApp } from "./browserApp";
import { identifiersOnPage, openView } from "./dashboardPage";
import { screenshotDir } from "./screenshotDir";

const app = useBrowserApp({ SAGSFLOW_STORE: "memory", SAGSFLOW_DEMO: "0" });

describe("rettidighed per deadline rule in Chromium", () => {
  it("shows the total and all ten rules in Danish for every scenario, with intervals and counts", async () => {
    const { page, server } = app;
    await page.goto(`${server.origin}/`);
    // The demo comparison is computed on first start.
    await page.waitForSelector("main[data-ready=true] .kpi-card", { timeout: 300_000 });
    await openView(page, "Rettidighed over tid", ".rule-table tr[data-rule]");
    const rows = page.locator(".rule-table tr[data-rule]");
    expect(await rows.evaluateAll((xs) => xs.map((x) => x.getAttribute("data-rule")))).toEqual([
      "alle",
      ...deadlineRules,
    ]);
    expect(await page.locator(".rule-table tr[data-rule] th").allTextContents()).toEqual([
      "Alle frister",
      ...deadlineRules.map((r) => deadlineRuleLabels[r]),
    ]);
    // One column per scenario of the comparison (baseline and variants).
    const columns = (await page.locator(".rule-table tr").first().locator("th").count()) - 1;
    expect(columns).toBeGreaterThanOrEqual(2);
    const total = page.locator('.rule-table tr[data-rule="alle"] td');
    expect(await total.count()).toBe(columns);
    for (const text of await total.allTextContents())
      expect(text).toMatch(/^\d+,\d %\s\(\d+,\d–\d+,\d\)\s+n = [\d.]+$/);
    // The total's deadlines are the sum of the rules' (every deadline has one rule).
    const counts = async (rule: string) =>
      (await page.locator(`.rule-table tr[data-rule="${rule}"] td`).allTextContents()).map((t) =>
        Number(/n = ([\d.]+)/.exec(t)?.[1]?.replaceAll(".", "") ?? 0),
      );
    const byRule = await Promise.all(deadlineRules.map(counts));
    const totals = await counts("alle");
    for (const [c, t] of totals.entries())
      expect(byRule.reduce((a, r) => a + (r[c] ?? 0), 0)).toBe(t);
    expect(await identifiersOnPage(page)).toEqual([]);
    await page
      .locator("figure.rule-table")
      .screenshot({ path: join(screenshotDir(), "rettidighed-pr-frist.png") });
    const download = page.waitForEvent("download");
    await page.locator("figure.rule-table .export button", { hasText: "CSV" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFFrist;Serie;Andel rettidig;95 %-interval, nedre;95 %-interval, øvre;Frister",
    );
    expect(csv).toMatch(/\r\nRevurdering;[^;]+;0,\d+;/);
  }, 420_000);
});
