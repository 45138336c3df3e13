/**
 * Forecast from now: the open cases resumed in their current state, new sygemeldinger drawn beside them, run ahead
 * over R replications. A deadline is at risk with the share of replications in which it is missed; the caseload
 * per week is the mean number of active cases on each week's first day.
 */
import * as D from "@sagsflow/domain";
import { replicationSeed } from "../model/experiment";
import type { OpenCase } from "../model/givenCases";
import type { ModelParams } from "../model/modelParams";
import { runCaseFlow } from "../model/runCaseFlow";

export interface AtRiskDeadline {
  readonly caseId: string;
  readonly rule: D.DeadlineRule;
  /**
   * ISO date the deadline must be met by (last working day on or before the statutory day); the earliest seen
   * when a simulated event sets it (a CV after the raskmelding).
   */
  readonly due: string;
  /** Share of replications in which the case misses a deadline of this rule within the forecast. */
  readonly probability: number;
}

export interface Forecast {
  readonly now: string;
  readonly weeks: number;
  readonly replications: number;
  readonly atRisk: ReadonlyArray<AtRiskDeadline>;
  readonly caseloadPerWeek: ReadonlyArray<{
    readonly weekStart: string;
    readonly expected: number;
  }>;
}

/** The parameters of a forecast run: measurement from `now` for `weeks`, no warm-up, backlog or follow-up. */
export const forecastParams = (p: ModelParams, now: number, weeks: number): ModelParams => ({
  ...p,
  horizon: { start: D.fromEpochDay(now), weeks, warmupWeeks: 0, followUpWeeks: 0, maxCases: null },
  backlog: { openCases: 0, overdueShare: 0, reviewCases: 0, reviewPerWeek: 0, reviewCloseShare: 0 },
});

export const forecastRisk = (input: {
  readonly params: ModelParams;
  readonly openCases: ReadonlyArray<OpenCase>;
  readonly now: number;
  readonly weeks: number;
  readonly seed: number;
  readonly replications: number;
}): Forecast => {
  const { now, weeks, replications } = input;
  const end = now + weeks * 7;
  const p = forecastParams(input.params, now, weeks);
  const open = new Set(input.openCases.map((o) => o.caseId));
  const missed = new Map<string, { deadline: Omit<AtRiskDeadline, "probability">; late: number }>();
  const load = new Float64Array(weeks);
  for (let r = 0; r < replications; r++) {
    const run = runCaseFlow(p, replicationSeed(input.seed, r), { openCases: input.openCases });
    const summaries = run.citizens.flatMap(
      (c) => D.summarizeCase(c.events, { asOf: end - 1 }) ?? [],
    );
    // One entry per case and rule: a deadline set by a simulated event (a CV after the raskmelding) falls on
    // different days in different replications, and the question is whether the case misses it at all.
    const lateThisRun = new Set<string>();
    for (const [i, c] of run.citizens.entries()) {
      if (c.measured || !open.has(c.caseId) || i >= input.openCases.length) continue;
      for (const d of D.summarizeCase(c.events, { asOf: end - 1 })?.deadlines ?? []) {
        // Met before now (an early samtale) is no risk; the list holds what is still to be done.
        if (d.due < now || d.due >= end || (d.metOn !== undefined && d.metOn < now)) continue;
        const key = `${c.caseId}|${d.rule}`;
        const entry = missed.get(key) ?? {
          deadline: { caseId: c.caseId, rule: d.rule, due: D.fromEpochDay(d.due) },
          late: 0,
        };
        if (D.fromEpochDay(d.due) < entry.deadline.due) {
          entry.deadline = { ...entry.deadline, due: D.fromEpochDay(d.due) };
        }
        if (d.status === "late" && !lateThisRun.has(key)) {
          lateThisRun.add(key);
          entry.late++;
        }
        missed.set(key, entry);
      }
    }
    const active = D.activeCaseloadPerDay(summaries, now, end - 1);
    for (let w = 0; w < weeks; w++)
      load[w] = (load[w] as number) + (active[w * 7] ?? 0) / replications;
  }
  const atRisk = [...missed.values()]
    .map((m) => ({ ...m.deadline, probability: m.late / replications }))
    .sort(
      (a, b) =>
        b.probability - a.probability ||
        a.due.localeCompare(b.due) ||
        a.caseId.localeCompare(b.caseId),
    );
  return {
    now: D.fromEpochDay(now),
    weeks,
    replications,
    atRisk,
    caseloadPerWeek: [...load].map((expected, w) => ({
      weekStart: D.fromEpochDay(now + w * 7),
      expected,
    })),
  };
};
