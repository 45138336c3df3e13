/**
 * The foreløbig what-if of the workshop (issue 23 §2): the udgangspunkt's full-run level plus the paired difference
 * of one small run (few cases, the warm-up at the low end of its estimate). The small run's own level is biased
 * (a shorter warm-up leaves fewer long spells in the caseload, fewer cases end sooner), its difference much less so,
 * because both sides of the pair share that bias and their random numbers.
 */
import { kpiIds, type KpiId, type KpiSummaries, type KpiSummary } from "@sagsflow/simulator/model";
import { clampToDomain } from "./workshopDifference";

export const previewEstimate = (
  reference: KpiSummaries,
  difference: KpiSummaries,
): KpiSummaries => {
  const out = {} as Record<KpiId, KpiSummary>;
  for (const id of kpiIds) {
    const ref = reference[id];
    const d = difference[id];
    const mean =
      ref.mean === null || d.mean === null
        ? null
        : clampToDomain(ref.mean + d.mean, ref.mean + d.mean, ref.unit)[0];
    out[id] = { mean, ci95: null, unit: ref.unit, n: d.n };
  }
  return out;
};
