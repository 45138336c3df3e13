/**
 * Browser test of the workshop's timeline of scheduled parameters (issue 17 acceptance: "the workshop shows scheduled
 * parameters on a timeline"): a saved scenario with a schedule and a ramp is opened in the workshop; one track per
 * parameter is drawn with its Danish label and the value at each change, and no identifier reaches the screen.
 * A scenario without schedules says so in one line.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { postJson, QUIET_SERVER, useBrowserApp } from "./browserApp";
import { identifiersOnPage } from "./dashboardPage";
import { screenshotDir } from "./screenshotDir";
import { openWorkshop } from "./workshopPage";

const PLAN = `id: tidslinje-plan
name: Plan med tidslinje
extends: baseline.yaml
staff:
  sagsbehandler:
    sicknessShare:
      schedule:
        - { from: "2021-06", value: { value: 0.2, source: "test: a crisis" } }
        - { from: "2022-04", value: { value: 0.04, source: "test: recovered" } }
    externalFte:
      schedule:
        - { from: "2021-01", value: { value: 0, source: "test" } }
        - { from: "2022-03", value: { value: 2, source: "test: hired-in help" } }
    meetingMinutes:
      ramp:
        from: { value: 60, source: "test: before training" }
        to: { value: 45, source: "test: after training" }
        start: "2022-02"
        end: "2022-08"
`;

const app = useBrowserApp(QUIET_SERVER, async (origin) => {
  await postJson(origin, "/api/scenarios", { yaml: PLAN });
});

describe("workshop timeline of scheduled parameters in Chromium", () => {
  it("draws one track per scheduled parameter with Danish labels and the value at every change", async () => {
    const { page, server } = app;
    await page.goto(`${server.origin}/`);
    await openWorkshop(page, server.origin, "tidslinje-plan");
    const rows = page.locator(".ws-timeline .timeline-row");
    await rows.first().waitFor();
    expect(
      await rows.evaluateAll((xs) => xs.map((x) => x.getAttribute("data-path-label"))),
    ).toEqual([
      "Medarbejdere, sagsbehandlere: indlejede årsværk",
      "Medarbejdere, sagsbehandlere: sygefravær, andel",
      "Medarbejdere, sagsbehandlere: minutter pr. samtale",
    ]);
    const values = await page.locator(".ws-timeline .timeline-value").allTextContents();
    for (const v of ["0 årsværk", "2 årsværk", "20,0 %", "4,0 %", "60 min.", "45 min."])
      expect(values, v).toContain(v);
    expect(await page.locator(".ws-timeline path.timeline-steps").count()).toBe(2);
    expect(await page.locator(".ws-timeline path.timeline-ramp").count()).toBe(1);
    expect(await page.locator(".ws-timeline .timeline-note").allTextContents()).toEqual([
      "indsvingning",
      "måling starter",
    ]);
    expect(await identifiersOnPage(page)).toEqual([]);
    await page
      .locator(".ws-timeline")
      .screenshot({ path: join(screenshotDir(), "workshop-tidslinje.png") });
  }, 180_000);

  it("says in one line that the baseline has no parameters changing over time", async () => {
    const { page, server } = app;
    await openWorkshop(page, server.origin, "baseline");
    await page.waitForSelector(".ws-timeline .empty");
    expect(await page.locator(".ws-timeline .empty").textContent()).toBe(
      "Ingen parametre skifter over tid i dette scenarie.",
    );
    expect(await page.locator(".ws-timeline .timeline-row").count()).toBe(0);
  }, 180_000);
});
