/** Replays the stored history (`sag-*`) through the domain projections: run-level KPIs in the
 *  simulator's JSON shape (the domain's `measure`, the code that measures simulation) and monthly KPIs. */
import * as D from "@sagsflow/domain";
import type { ReadError } from "@sagsflow/eventstore";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore } from "@sagsflow/eventstore";
import type { KpiSummaries } from "@sagsflow/simulator/model";
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
/** History's KPIs in a run's JSON shape: `ci95` null (one history, no replications). */
const summaries = (k: D.KpiObservations): KpiSummaries => {
  const out = {} as Record<D.KpiId, KpiSummaries[D.KpiId]>;
  for (const id of D.kpiIds)
    out[id] = { mean: k[id].value, ci95: null, unit: D.kpiCatalog[id].unit, n: k[id].n };
  return out;
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
        kpis: summaries(D.measure([], { from: 0, to: -1 })),
        monthly: [],
      } as const;
    }
    const evaluatedAt = asOf ?? h.to;
    const all = cases.flatMap((c) => D.summarizeCase(c.events, { asOf: evaluatedAt }) ?? []);
    const monthly = D.aggregateMonthly(all, h).map((m) => ({
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
      kpis: summaries(D.measure(all, h)),
      monthly,
    } as const;
  });
