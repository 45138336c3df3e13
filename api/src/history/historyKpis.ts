/** Replays the stored history (`sag-*`) through the domain projections: run-level KPIs in the
 *  simulator's JSON shape and monthly KPIs, so history and simulation are measured alike (issue 8, item 3). */
import * as D from "@sagsflow/domain";
import type { ReadError } from "@sagsflow/eventstore";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore } from "@sagsflow/eventstore";
import { type KpiId, type KpiSummaries, kpiCatalog, kpiIds } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { OptionInvalid } from "../application/applicationErrors";
import { readCaseStreams, type StoredCase } from "./readCaseStreams";

export interface HistoryRange {
  /** ISO date; default the earliest first absence day. Cases whose first absence day is in the
   *  range form the measured cohort, as the simulator's measured cases do. */
  readonly from?: string | undefined;
  /** ISO date; default the last stored event's day. */
  readonly to?: string | undefined;
  /** Evaluation day (ISO, events after it are ignored); default `to`. */
  readonly asOf?: string | undefined;
}

/** A monthly ratio with `share` null instead of NaN when no deadline was due (JSON has no NaN). */
export interface JsonRatio {
  readonly met: number;
  readonly late: number;
  readonly share: number | null;
}

export interface HistoryMonth extends Omit<D.MonthlyKpis, "rettidighed" | "rettidighedByRule"> {
  readonly rettidighed: JsonRatio;
  readonly rettidighedByRule: Readonly<Record<string, JsonRatio>>;
}

export interface HistoryKpiReport {
  readonly schemaVersion: 1;
  /** The measured range; null when the store holds no case. */
  readonly from: string | null;
  readonly to: string | null;
  readonly cases: number;
  readonly events: number;
  /** Same keys and shape as a simulation run's `kpis`; `ci95` is null (one history, no replications). */
  readonly kpis: KpiSummaries;
  readonly monthly: ReadonlyArray<HistoryMonth>;
}

const jsonRatio = (r: D.Ratio): JsonRatio => ({
  met: r.met,
  late: r.late,
  share: Number.isNaN(r.share) ? null : r.share,
});
const summary = (id: KpiId, value: number, n: number) => ({
  mean: Number.isFinite(value) && n > 0 ? value : null,
  ci95: null,
  unit: kpiCatalog[id].unit,
  n: Number.isFinite(value) ? n : 0,
});
const meanOf = (xs: ReadonlyArray<number>): D.KpiValue => ({
  value: xs.reduce((a, b) => a + b, 0) / xs.length,
  n: xs.length,
});

/** Days from each handoff request to the next virksomhedsservice contact (as the simulator measures it). */
const handoffWaits = (cases: ReadonlyArray<StoredCase>): ReadonlyArray<number> =>
  cases.flatMap((c) => {
    const waits: Array<number> = [];
    let requested: string | undefined;
    for (const e of c.events) {
      if (e._tag === "VirksomhedsserviceHandoffRequested") requested = e.date;
      if (e._tag === "VirksomhedsserviceContactMade" && requested !== undefined) {
        waits.push(D.diffDays(requested, e.date));
        requested = undefined;
      }
    }
    return waits;
  });

const inCohort = (s: D.CaseSummary, h: D.Horizon): boolean =>
  s.firstAbsenceDay >= h.from && s.firstAbsenceDay <= h.to;

/** Days on sygedagpenge (domain.md §1.6): first absence day to the first raskmelding, jobafklaring start or
 *  close by `asOf`, whichever ends the spell first; open spells are left out (as the simulator measures it). */
const sygedagpengeSpells = (
  cases: ReadonlyArray<StoredCase>,
  asOf: number,
): ReadonlyArray<number> =>
  cases.flatMap((c) => {
    const start = c.events.find((e) => e._tag === "SygemeldingReceived");
    const end = c.events.find(
      (e) =>
        (e._tag === "RaskmeldingRegistered" ||
          e._tag === "JobafklaringStarted" ||
          e._tag === "CaseClosed") &&
        D.toEpochDay(e.date) <= asOf,
    );
    return start?._tag === "SygemeldingReceived" && end !== undefined
      ? [D.toEpochDay(end.date) - D.toEpochDay(start.firstAbsenceDay)]
      : [];
  });

/** KPIs that need staffing or employer data are not in a case history: null with n 0. */
const runKpis = (
  summaries: ReadonlyArray<D.CaseSummary>,
  measuredCases: ReadonlyArray<StoredCase>,
  h: D.Horizon,
  asOf: number,
): KpiSummaries => {
  const measured = summaries.filter((s) => inCohort(s, h));
  const values: Partial<Record<KpiId, D.KpiValue>> = {
    waitRaskmeldingToVirksomhedsserviceDays: D.waitRaskmeldingToVirksomhedsserviceDays(measured),
    waitRaskmeldingToJobDays: D.waitRaskmeldingToJobDays(measured),
    handoffWaitDays: meanOf(handoffWaits(measuredCases)),
    spellDurationDays: meanOf(sygedagpengeSpells(measuredCases, asOf)),
    weeksOnYdelse: D.weeksOnYdelse(measured),
    rettidighed: D.rettidighed(summaries, h),
    rettidighedFirstOpfoelgning: D.rettidighedFirstOpfoelgning(summaries, h),
    shareEndingInJob: D.shareEndingInJob(measured),
    costPerCaseDkk: D.costPerCaseDkk(measured),
    samtalerPerMonth: D.samtalerPerMonth(summaries, h),
  };
  return Object.fromEntries(
    kpiIds.map((id) => [id, summary(id, values[id]?.value ?? Number.NaN, values[id]?.n ?? 0)]),
  ) as KpiSummaries;
};

const checkDate = (
  option: string,
  value: string | undefined,
): Effect.Effect<number | undefined, OptionInvalid> =>
  value === undefined
    ? Effect.succeed(undefined)
    : D.isIsoDate(value)
      ? Effect.succeed(D.toEpochDay(value))
      : Effect.fail(
          new OptionInvalid({ option, value, reason: "skal være en dato på formen ÅÅÅÅ-MM-DD" }),
        );

/** The range: given bounds, else earliest first absence day to last stored event. */
const rangeOf = (
  cases: ReadonlyArray<StoredCase>,
  from: number | undefined,
  to: number | undefined,
): D.Horizon | undefined => {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const c of cases)
    for (const e of c.events) {
      const day = D.toEpochDay(e.date);
      if (day > last) last = day;
      if (e._tag === "SygemeldingReceived")
        first = Math.min(first, D.toEpochDay(e.firstAbsenceDay));
    }
  const h = { from: from ?? first, to: to ?? last };
  return Number.isFinite(h.from) && Number.isFinite(h.to) ? h : undefined;
};

/**
 * KPIs of the stored history over a range (inclusive), evaluated as of its last day unless `asOf` is given.
 * @example const report = yield* historyKpis(store, { from: "2024-01-01", to: "2024-12-31" })
 */
export const historyKpis = (
  store: EventStore<DomainEvent>,
  range: HistoryRange = {},
): Effect.Effect<HistoryKpiReport, ReadError | OptionInvalid> =>
  Effect.gen(function* () {
    const from = yield* checkDate("from", range.from);
    const to = yield* checkDate("to", range.to);
    const asOf = yield* checkDate("asOf", range.asOf);
    if (from !== undefined && to !== undefined && from > to) {
      return yield* Effect.fail(
        new OptionInvalid({
          option: "from",
          value: range.from ?? "",
          reason: `ligger efter to = ${range.to}`,
        }),
      );
    }
    const cases = yield* readCaseStreams(store);
    const events = cases.reduce((n, c) => n + c.events.length, 0);
    const h = rangeOf(cases, from, to);
    if (h === undefined || h.from > h.to) {
      return {
        schemaVersion: 1,
        from: null,
        to: null,
        cases: cases.length,
        events,
        kpis: runKpis([], [], { from: 0, to: -1 }, 0),
        monthly: [],
      } as const;
    }
    const evaluatedAt = asOf ?? h.to;
    const summaries = cases.flatMap((c) => D.summarizeCase(c.events, { asOf: evaluatedAt }) ?? []);
    const inRange = new Set(summaries.filter((s) => inCohort(s, h)).map((s) => s.caseId));
    const monthly = D.aggregateMonthly(summaries, h).map((m) => ({
      ...m,
      rettidighed: jsonRatio(m.rettidighed),
      rettidighedByRule: Object.fromEntries(
        Object.entries(m.rettidighedByRule).map(([k, r]) => [k, jsonRatio(r as D.Ratio)]),
      ),
    }));
    return {
      schemaVersion: 1,
      from: D.fromEpochDay(h.from),
      to: D.fromEpochDay(h.to),
      cases: cases.length,
      events,
      kpis: runKpis(
        summaries,
        cases.filter((c) => inRange.has(c.caseId)),
        h,
        evaluatedAt,
      ),
      monthly,
    } as const;
  });
