/**
 * What the workshop table may show (issue 23 §2): intervals only from at least ten replications (before that the
 * estimate is "foreløbig"), interval ends clamped to the KPI's domain (a share in 0–100 %, days never negative), and
 * the what-if minus udgangspunkt paired by replication (both runs use the same replication seeds).
 */
import { differenceKpis, type KpiSummaries, type ReplicationKpis } from "@sagsflow/simulator/model";

export const MIN_INTERVAL_REPLICATIONS = 10;

/** Clamps an interval to the values a KPI of this unit can take (the t-interval of few values can leave it). */
export const clampToDomain = (lo: number, hi: number, unit: string): readonly [number, number] => {
  const max = unit === "andel" ? 1 : Number.POSITIVE_INFINITY;
  const clamp = (x: number) => Math.min(max, Math.max(0, x));
  return [clamp(lo), clamp(hi)];
};

/** Paired difference over the replications finished in both runs (same index = same random numbers). */
export const pairedWorkshopDifference = (
  whatIf: ReadonlyArray<ReplicationKpis | undefined>,
  reference: ReadonlyArray<ReplicationKpis | undefined>,
): { readonly kpis: KpiSummaries; readonly pairs: number } | undefined => {
  const v: ReplicationKpis[] = [];
  const b: ReplicationKpis[] = [];
  for (const [r, w] of whatIf.entries()) {
    const ref = reference[r];
    if (w === undefined || ref === undefined) continue;
    v.push(w);
    b.push(ref);
  }
  return v.length === 0 ? undefined : { kpis: differenceKpis(v, b), pairs: v.length };
};
