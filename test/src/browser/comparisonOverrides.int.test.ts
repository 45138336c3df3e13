/**
 * Browser test: a comparison whose variants are overrides of the same scenario id (as the workshop's API runs make)
 * keeps each run's own label, parameters and chart data in the dashboard (issue 23, "same-id overrides" mix-up).
 */
import { describe, expect, it } from "vitest";
import { postJson, QUIET_SERVER, useBrowserApp } from "./browserApp";
import { openView } from "./dashboardPage";

let comparisonId: string;

const app = useBrowserApp(QUIET_SERVER, async (origin) => {
  const posted = (await postJson(origin, "/api/comparisons", {
    baseline: "baseline",
    variants: [
      { scenario: "baseline", label: "CV i uge 8", overrides: { "levers.earlyCvWeek": 8 } },
      {
        scenario: "baseline",
        label: "VS 8 uger før",
        overrides: { "levers.vsWeeksBeforeRaskmelding": 8 },
      },
    ],
    seed: 1,
    replications: 2,
    cases: 300,
  })) as { id: string };
  comparisonId = posted.id;
});

describe("a comparison of overrides of one scenario in Chromium", () => {
  it("shows each variant's own changes, name and chart data", async () => {
    const { page, server } = app;
    await page.goto(`${server.origin}/#/sammenligning/${encodeURIComponent(comparisonId)}`);
    await page.waitForSelector("main[data-ready=true] .kpi-card", { timeout: 300_000 });
    // "Hvad er ændret" per variant from its own parameters (they were overwritten by the last run's before).
    await page.waitForFunction(`document.querySelectorAll(".changes ul").length === 2`, undefined, {
      timeout: 60_000,
    });
    const changes = await page.locator(".changes ul").allTextContents();
    expect(changes[0]).toMatch(/Tidligt CV i sygeuge: slået fra → 8/);
    expect(changes[0]).not.toMatch(/før raskmelding/i);
    expect(changes[1]).toMatch(/før raskmelding.*0 → 8/i);
    expect(changes[1]).not.toMatch(/Tidligt CV/);
    // Chart series carry the variants' own names, in three colours.
    await openView(page, "Rettidighed over tid", ".rule-table tr[data-rule]");
    const heads = await page.locator(".rule-table tr").first().locator("th").allTextContents();
    expect(heads.slice(2)).toEqual(["CV i uge 8", "VS 8 uger før"]);
    const colours = await page
      .locator(".rule-table tr")
      .first()
      .locator("th")
      .evaluateAll((xs) =>
        xs
          .slice(1)
          .map(
            (x) =>
              (x as unknown as { style: { borderBottomColor: string } }).style.borderBottomColor,
          ),
      );
    expect(new Set(colours).size).toBe(3);
  }, 420_000);
});
