/** The comparison result JSON (= CLI `compare --json`, schemaVersion 1) as the dashboard reads it, with a light check. */
import { type KpiId, kpiIds } from "@sagsflow/simulator/model";

export interface KpiSummary {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly unit: string;
  readonly n: number;
}

export type KpiSummaries = Readonly<Partial<Record<KpiId, KpiSummary>>>;

export interface ScenarioRun {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  /** Cap on measured cases per replication, or null (older payloads may omit it). */
  readonly cases?: number | null;
  readonly kpis: KpiSummaries;
}

export interface VariantRun {
  readonly scenario: string;
  readonly kpis: KpiSummaries;
  readonly difference: KpiSummaries;
}

export interface Comparison {
  readonly schemaVersion: 1;
  readonly baseline: ScenarioRun;
  readonly variants: ReadonlyArray<VariantRun>;
}

/** Why a payload is not a comparison, naming the field and the value found. */
export class ComparisonUnreadable {
  readonly _tag = "ComparisonUnreadable";
  constructor(
    readonly field: string,
    readonly value: string,
  ) {}
  get message(): string {
    return `Sammenligningen kan ikke læses: feltet ${this.field} har værdien ${this.value}`;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** Accepts a comparison payload or returns what is wrong with it (no throw: the view shows the message). */
export const readComparison = (x: unknown): Comparison | ComparisonUnreadable => {
  if (!isObject(x)) return new ComparisonUnreadable("(rod)", String(x));
  if (x.schemaVersion !== 1)
    return new ComparisonUnreadable("schemaVersion", String(x.schemaVersion));
  const base = x.baseline;
  if (!isObject(base) || typeof base.scenario !== "string" || !isObject(base.kpis)) {
    return new ComparisonUnreadable("baseline", JSON.stringify(base)?.slice(0, 80) ?? "undefined");
  }
  if (!Array.isArray(x.variants)) return new ComparisonUnreadable("variants", String(x.variants));
  return x as unknown as Comparison;
};

/** KPI ids present in the baseline, in catalogue order (unknown ids from a newer server are left out). */
export const kpisIn = (c: Comparison): ReadonlyArray<KpiId> =>
  kpiIds.filter((id) => c.baseline.kpis[id] !== undefined);
