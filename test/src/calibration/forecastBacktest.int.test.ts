/**
 * Issue 19 item 5: the forecast backtested against history. The demo history is the baseline's own run, so a
 * forecast from a past day with the baseline should predict, per rule, about the share of deadlines history then
 * missed. Before resumed cases got their rehabiliteringsteam meeting planned, the team deadlines came out 74–94 %
 * at risk where history met all of them; before they got the follow-ups a fresh case would have queued and the cases
 * sick but not yet received on `now` arrived in the run, the count rule came out 1-2 % against history's 19 %.
 * Excluded: rules with fewer than 20 deadlines in the window (jobafklaring første samtale 16, kat 1 opfølgning 6,
 * fast-track 1), where history's own share has a standard error near 10 points; the team rules are kept at 10 and
 * 11 because both sides are 0 % and a missing team meeting shows as 70-90 %.
 */
import * as D from "@sagsflow/domain";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { forecastFromStore } from "../../../api/src/calibration/forecastFromStore";
import { readCaseStreams } from "../../../api/src/history/readCaseStreams";
import { libraryParams } from "../model/modelFixtures";
import { demoStore } from "./demoStore";

const NOW = "2022-03-01";
const WEEKS = 8;

/** History's share of late deadlines per rule among the cases open on `now`, due in the forecast window. */
const historyLateShares = async (): Promise<Map<string, { n: number; late: number }>> => {
  const cases = await Effect.runPromise(readCaseStreams(await demoStore()));
  const now = D.toEpochDay(NOW);
  const [from, end] = [now + 1, now + 1 + WEEKS * 7];
  const shares = new Map<string, { n: number; late: number }>();
  for (const c of cases) {
    const before = D.summarizeCase(
      c.events.filter((e) => D.toEpochDay(e.date) <= now),
      { asOf: now },
    );
    if (before?.outcome !== "open") continue;
    const seen = new Set<string>();
    for (const d of D.summarizeCase(c.events, { asOf: end - 1 })?.deadlines ?? []) {
      if (d.due < from || d.due >= end || (d.metOn !== undefined && d.metOn < from)) continue;
      if (seen.has(d.rule)) continue;
      seen.add(d.rule);
      const s = shares.get(d.rule) ?? { n: 0, late: 0 };
      shares.set(d.rule, { n: s.n + 1, late: s.late + (d.status === "late" ? 1 : 0) });
    }
  }
  return shares;
};

describe("forecast backtest against the demo history", () => {
  it("predicts each rule's late share within 10 points of history for every rule with enough history", async () => {
    const f = await Effect.runPromise(
      forecastFromStore(await demoStore(), libraryParams("baseline.yaml"), {
        weeks: WEEKS,
        now: NOW,
        replications: 3,
      }),
    );
    const history = await historyLateShares();
    const predicted = new Map<string, { n: number; p: number }>();
    for (const d of f.atRisk) {
      const s = predicted.get(d.rule) ?? { n: 0, p: 0 };
      predicted.set(d.rule, { n: s.n + 1, p: s.p + d.probability });
    }
    const rules = [
      "rehabiliteringsteamKat3",
      "jobafklaringRehabiliteringsteam",
      "foersteOpfoelgning",
      "cvEfterRaskmelding",
      "revurdering",
      "opfoelgningAntal",
    ];
    for (const rule of rules) {
      const h = history.get(rule);
      const p = predicted.get(rule);
      expect(h?.n ?? 0, rule).toBeGreaterThan(4);
      const gap = Math.abs((p === undefined ? 0 : p.p / p.n) - (h ? h.late / h.n : 0));
      expect(gap, rule).toBeLessThanOrEqual(0.1);
    }
  }, 60_000);
});
