/** `sagsflow validate <scenario>`: simulates the scenario and reports its distances to the stored history. */
import * as D from "@sagsflow/domain";
import type { DomainEvent } from "@sagsflow/domain";
import type { EventStore, ReadError } from "@sagsflow/eventstore";
import { type HistoryDistances, historyDistances } from "@sagsflow/simulator/calibration";
import {
  type ModelParams,
  type ReplicationKpis,
  replicationSeed,
  runCaseFlow,
  summarizeKpis,
} from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { type CalibrationRangeInvalid, HistoryEmpty } from "./calibrationErrors";
import { historyCases } from "./historyCases";

export interface ValidateOptions {
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

/** One case KPI measured by the same `measure` on history and on the simulated runs over the window. */
export interface KpiBeside {
  readonly kpi: D.CaseKpiId;
  readonly unit: string;
  readonly history: number | null;
  /** Mean over replications, with its 95 % interval (null with fewer than two values). */
  readonly simulated: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface ValidateReport extends HistoryDistances {
  readonly schemaVersion: 1;
  readonly from: string;
  readonly to: string;
  readonly replications: number;
  readonly historyCases: number;
  /** The catalog's case KPIs, history beside simulation (docs/kpis.md). */
  readonly kpis: ReadonlyArray<KpiBeside>;
}

const caseKpiIds = D.kpiIds.filter(
  (id): id is D.CaseKpiId => D.kpiCatalog[id].measuredFrom === "cases",
);

const kpisBeside = (
  history: D.KpiObservations,
  simulated: ReadonlyArray<ReplicationKpis>,
): ReadonlyArray<KpiBeside> => {
  const sim = summarizeKpis(simulated);
  return caseKpiIds.map((kpi) => ({
    kpi,
    unit: D.kpiCatalog[kpi].unit,
    history: history[kpi].value,
    simulated: sim[kpi].mean,
    ci95: sim[kpi].ci95,
  }));
};

/** Compares over the scenario's measurement window, which a calibrated scenario sets to the calibration period. */
export const validateScenario = (
  store: EventStore<DomainEvent>,
  params: ModelParams,
  options: ValidateOptions = {},
): Effect.Effect<ValidateReport, ReadError | CalibrationRangeInvalid | HistoryEmpty> =>
  Effect.gen(function* () {
    const from = D.toEpochDay(params.horizon.start);
    const window = { from, to: from + params.horizon.weeks * 7 - 1 };
    const h = yield* historyCases(store, {});
    const history = h.cases.flatMap((events) => D.summarizeCase(events, { asOf: h.asOf }) ?? []);
    if (history.length === 0)
      return yield* Effect.fail(new HistoryEmpty({ reason: "ingen sager at sammenligne med" }));
    const replications = options.replications ?? 3;
    const simulated: D.CaseSummary[] = [];
    const perReplication: ReplicationKpis[] = [];
    const p = { ...params, horizon: { ...params.horizon, maxCases: null } };
    for (let r = 0; r < replications; r++) {
      const run = runCaseFlow(p, replicationSeed(options.seed ?? 1, r));
      // Evaluated as of the same distance past the window as history, so open cases are open in both.
      const asOf = Math.min(run.end, h.asOf);
      const mine = run.citizens.flatMap((c) => D.summarizeCase(c.events, { asOf }) ?? []);
      simulated.push(...mine);
      perReplication.push(D.measure(mine, window));
    }
    return {
      schemaVersion: 1 as const,
      from: D.fromEpochDay(window.from),
      to: D.fromEpochDay(window.to),
      replications,
      historyCases: history.filter(
        (s) => s.firstAbsenceDay >= window.from && s.firstAbsenceDay <= window.to,
      ).length,
      ...historyDistances(history, simulated, window, replications),
      kpis: kpisBeside(D.measure(history, window), perReplication),
    };
  });
