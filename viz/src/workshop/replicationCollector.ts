/** Collects replication KPIs as they arrive (any order) and summarises the finished ones in replication order. */
import { type KpiSummaries, type ReplicationKpis, summarizeKpis } from "@sagsflow/simulator/model";

export interface Collected {
  readonly done: number;
  readonly total: number;
  /** Summary of the finished replications; with all of them it equals `sagsflow run --json`'s `kpis`. */
  readonly kpis: KpiSummaries;
  /** The finished replications by index (sparse while they stream in), for paired differences. */
  readonly replications: ReadonlyArray<ReplicationKpis | undefined>;
}

export const replicationCollector = (total: number) => {
  const reps = new Map<number, ReplicationKpis>();
  return {
    add: (replication: number, kpis: ReplicationKpis): Collected => {
      reps.set(replication, kpis);
      const ordered = [...reps.keys()]
        .sort((a, b) => a - b)
        .map((r) => reps.get(r) as ReplicationKpis);
      const byIndex = Array.from({ length: total }, (_, r) => reps.get(r));
      return { done: reps.size, total, kpis: summarizeKpis(ordered), replications: byIndex };
    },
  };
};
