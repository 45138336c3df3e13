/**
 * A forecast's resumed case keeps the endings a fresh case has (caseOutcomes.ts, issue 16 item 2): death and
 * relocation from now, and a jobafklaring's indstilling decided on its drawn day when that is still to come. Before,
 * resumed cases never ended so (the outcome model was wired into fresh cases only), a drift between history's run and
 * the forecast's.
 */
import * as D from "@sagsflow/domain";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { readCaseStreams } from "../../../api/src/history/readCaseStreams";
import { forecastParams } from "../../../simulator/src/calibration/forecastRisk";
import { runCaseFlow } from "../../../simulator/src/model/runCaseFlow";
import { libraryParams } from "../model/modelFixtures";
import { demoStore } from "./demoStore";

const NOW = D.toEpochDay("2022-06-01");
const base = libraryParams("baseline.yaml");

const openOn = async (now: number) =>
  (await Effect.runPromise(readCaseStreams(await demoStore()))).flatMap((c) => {
    const events = c.events.filter((e) => D.toEpochDay(e.date) <= now);
    return D.summarizeCase(events, { asOf: now })?.outcome === "open"
      ? [{ caseId: c.caseId, events }]
      : [];
  });

/** Close reasons of the `counted` resumed cases (default all) after a forecast run of `weeks`. */
const resumedEndings = (
  params: typeof base,
  openCases: Awaited<ReturnType<typeof openOn>>,
  weeks: number,
  counted: ReadonlyArray<{ caseId: string }> = openCases,
) => {
  const run = runCaseFlow(forecastParams(params, NOW + 1, weeks), 1, { openCases });
  const ids = new Set(counted.map((o) => o.caseId));
  const reasons = new Map<string, number>();
  for (const c of run.citizens)
    for (const e of c.events)
      if (ids.has(c.caseId) && e._tag === "CaseClosed" && D.toEpochDay(e.date) > NOW)
        reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  return reasons;
};

describe("forecast: resumed cases keep the outcome model", () => {
  it("ends resumed cases by death or relocation at the scenario's rates", async () => {
    const open = await openOn(NOW);
    const often = {
      ...base,
      outcomes: { ...base.outcomes, deathPerYear: 2, relocationPerYear: 2 },
    };
    const r = resumedEndings(often, open, 8);
    // 4 a year over 8 weeks ends about 1 - e^(-4 * 56 / 365) = 46 % of those not ended otherwise first.
    expect((r.get("doedsfald") ?? 0) + (r.get("fraflyttet") ?? 0)).toBeGreaterThan(
      open.length * 0.2,
    );
  }, 60_000);

  it("decides a resumed jobafklaring case's indstilling on its drawn day", async () => {
    const open = await openOn(NOW);
    const inJobafklaring = open.filter((o) =>
      o.events.some((e) => e._tag === "JobafklaringStarted"),
    );
    expect(inJobafklaring.length).toBeGreaterThan(5);
    const allFleksjob = {
      ...base,
      outcomes: {
        ...base.outcomes,
        jobafklaring: { fleksjob: 1, foertidspension: 0, ressourceforloeb: 0, uddannelse: 0 },
        deathPerYear: 0,
        relocationPerYear: 0,
      },
    };
    // Decided 8-40 weeks after jobafklaring began: within a year for the cases already in it on now.
    const fleksjob = resumedEndings(allFleksjob, open, 52, inJobafklaring).get("fleksjob") ?? 0;
    expect(fleksjob).toBeGreaterThan(inJobafklaring.length * 0.2);
  }, 60_000);
});
