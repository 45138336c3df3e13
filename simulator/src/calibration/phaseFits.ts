/**
 * Phase-duration distributions per kategori (the issue's "per kategori" view): every completed phase of the
 * cases' summaries, grouped by kategori and phase, with the candidate families ranked by AIC.
 */
import type { CaseSummary } from "@sagsflow/domain";
import { type DurationFamily, fitDurationFamilies } from "./durationFamilies";

export interface PhaseFit {
  readonly kategori: string;
  readonly phase: string;
  readonly n: number;
  readonly family: DurationFamily;
  readonly params: Readonly<Record<string, number>>;
  readonly medianDays: number;
  /** AIC of every candidate family, best first (the choice criterion). */
  readonly aic: Readonly<Record<string, number>>;
}

const MIN_PHASES = 20;

export const phaseFits = (summaries: ReadonlyArray<CaseSummary>): ReadonlyArray<PhaseFit> => {
  const groups = new Map<string, number[]>();
  for (const s of summaries) {
    for (const p of s.phases) {
      if (p.to === undefined) continue;
      const key = `${s.kategori ?? "ukendt"}|${p.phase}`;
      const list = groups.get(key) ?? [];
      list.push(p.to - p.from);
      groups.set(key, list);
    }
  }
  const out: PhaseFit[] = [];
  for (const [key, durations] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (durations.length < MIN_PHASES) continue;
    const fits = fitDurationFamilies(durations);
    const best = fits[0];
    if (best === undefined) continue;
    const [kategori = "", phase = ""] = key.split("|");
    out.push({
      kategori,
      phase,
      n: durations.length,
      family: best.family,
      params: best.params,
      medianDays: best.median,
      aic: Object.fromEntries(fits.map((f) => [f.family, Math.round(f.aic * 10) / 10])),
    });
  }
  return out;
};
