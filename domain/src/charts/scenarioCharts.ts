/**
 * Chart data of one scenario (or of history) from case event streams: Sankey links, waiting-time samples, monthly
 * rettidighed, caseload and utilization per role, sample case timelines. Pure and serialisable (crosses postMessage).
 */
import type { CaseEvent } from "../events/caseEvents";
import { aggregateMonthly } from "../projections/aggregateMonthly";
import { type CaseSummary, summarizeCase } from "../projections/summarizeCase";
import { casePath, type PathLink, pathLinks } from "./casePath";
import { type CaseTimeline, sampleTimelines } from "./caseTimeline";
import { type RoleMonth, type StaffShape, roleMonths } from "./roleMonths";

export interface MonthShare {
  readonly met: number;
  readonly late: number;
}

export interface RettidighedMonth {
  readonly month: string;
  readonly all: MonthShare;
  readonly byRule: Readonly<Record<string, MonthShare>>;
}

export interface ScenarioCharts {
  readonly id: string;
  readonly name: string;
  readonly kind: "simulation" | "history";
  readonly cases: number;
  readonly paths: ReadonlyArray<PathLink>;
  readonly waits: {
    readonly raskmeldingToVirksomhedsservice: ReadonlyArray<number>;
    readonly raskmeldingToJob: ReadonlyArray<number>;
    readonly spellDuration: ReadonlyArray<number>;
  };
  readonly rettidighed: ReadonlyArray<RettidighedMonth>;
  readonly capacity: ReadonlyArray<RoleMonth>;
  readonly timelines: ReadonlyArray<CaseTimeline>;
}

export interface CaseInput {
  readonly events: ReadonlyArray<CaseEvent>;
  /** Counted in distributions (arrived inside the measurement window); all cases count for monthly figures. */
  readonly measured: boolean;
}

export interface ChartsInput {
  readonly id: string;
  readonly name: string;
  readonly kind: "simulation" | "history";
  readonly cases: ReadonlyArray<CaseInput>;
  /** Measurement window in epoch days, inclusive. */
  readonly from: number;
  readonly to: number;
  /** Summaries are taken as of this day (the end of follow-up). */
  readonly asOf: number;
  /** Staff per role; capacity is left empty without it (history has no staffing data). */
  readonly staff?: StaffShape;
}

const defined = (xs: ReadonlyArray<number | undefined>): number[] =>
  xs.filter((x): x is number => x !== undefined);

export const scenarioCharts = (input: ChartsInput): ScenarioCharts => {
  const summaries: Array<{ summary: CaseSummary; input: CaseInput }> = [];
  for (const c of input.cases) {
    const summary = summarizeCase(c.events, { asOf: input.asOf });
    if (summary !== undefined) summaries.push({ summary, input: c });
  }
  const measured = summaries.filter((s) => s.input.measured);
  const m = measured.map((s) => s.summary);
  const months = aggregateMonthly(
    summaries.map((s) => s.summary),
    { from: input.from, to: input.to },
  );
  return {
    id: input.id,
    name: input.name,
    kind: input.kind,
    cases: measured.length,
    paths: pathLinks(measured.map((s) => casePath(s.input.events))),
    waits: {
      raskmeldingToVirksomhedsservice: defined(
        m.map((s) => s.waits.raskmeldingToVirksomhedsserviceDays),
      ),
      raskmeldingToJob: defined(m.map((s) => s.waits.raskmeldingToJobDays)),
      spellDuration: defined(
        m.map((s) =>
          s.raskmeldingDay === undefined ? undefined : s.raskmeldingDay - s.firstAbsenceDay,
        ),
      ),
    },
    rettidighed: months.map((mo) => ({
      month: mo.month,
      all: { met: mo.rettidighed.met, late: mo.rettidighed.late },
      byRule: Object.fromEntries(
        Object.entries(mo.rettidighedByRule).map(([k, r]) => [k, { met: r.met, late: r.late }]),
      ),
    })),
    capacity:
      input.staff === undefined ? [] : roleMonths(summaries, input.staff, input.from, input.to),
    timelines: sampleTimelines(measured, 8),
  };
};
