/**
 * Følsomhed: reads the sensitivity report (`sagsflow sensitivity --json`, `GET /api/sensitivity/{id}`) and lays out a
 * tornado chart: one bar per estimate from the difference at its low end to the one at its high end, widest first.
 */

export interface DifferenceEstimate {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface SensitivityRow {
  readonly parameter: string;
  readonly low: number;
  readonly high: number;
  readonly atLow: DifferenceEstimate;
  readonly atHigh: DifferenceEstimate;
}

export interface SensitivityData {
  readonly scenario: string;
  readonly kpi: string;
  readonly seed: number;
  /** The variant-minus-baseline difference at the scenario's own values (absent in older reports). */
  readonly base: DifferenceEstimate | undefined;
  readonly oneAtATime: ReadonlyArray<SensitivityRow>;
  readonly lhs: { readonly samples: number; readonly signStableShare: number };
}

export class SensitivityUnreadable {
  readonly _tag = "SensitivityUnreadable";
  constructor(readonly field: string) {}
  get message(): string {
    return `Følsomhedsdata kan ikke læses: feltet ${this.field} mangler eller har forkert type`;
  }
}

const isObj = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null;

export const readSensitivity = (u: unknown): SensitivityData | SensitivityUnreadable => {
  if (!isObj(u)) return new SensitivityUnreadable("(rod)");
  for (const f of ["scenario", "kpi"] as const)
    if (typeof u[f] !== "string") return new SensitivityUnreadable(f);
  if (!Array.isArray(u.oneAtATime)) return new SensitivityUnreadable("oneAtATime");
  const bad = u.oneAtATime.findIndex(
    (r) => !isObj(r) || typeof r.parameter !== "string" || !isObj(r.atLow) || !isObj(r.atHigh),
  );
  if (bad >= 0) return new SensitivityUnreadable(`oneAtATime[${bad}]`);
  const lhs = u.lhs;
  if (!isObj(lhs) || typeof lhs.signStableShare !== "number" || typeof lhs.samples !== "number")
    return new SensitivityUnreadable("lhs");
  return {
    scenario: u.scenario as string,
    kpi: u.kpi as string,
    seed: typeof u.seed === "number" ? u.seed : 0,
    base: isObj(u.base) ? (u.base as unknown as DifferenceEstimate) : undefined,
    oneAtATime: u.oneAtATime as ReadonlyArray<SensitivityRow>,
    lhs: { samples: lhs.samples, signStableShare: lhs.signStableShare },
  };
};

export interface TornadoBar {
  readonly parameter: string;
  readonly low: number;
  readonly high: number;
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: the bar's length, the order of the chart. */
  readonly swing: number;
}

/** Bars widest first (rows without both ends are left out) and an x domain that holds every bar, 0 and the base. */
export const tornadoLayout = (
  d: SensitivityData,
): { readonly bars: ReadonlyArray<TornadoBar>; readonly domain: readonly [number, number] } => {
  const bars = d.oneAtATime
    .flatMap((r) =>
      r.atLow.mean === null || r.atHigh.mean === null
        ? []
        : [
            {
              parameter: r.parameter,
              low: r.low,
              high: r.high,
              atLow: r.atLow.mean,
              atHigh: r.atHigh.mean,
              swing: Math.abs(r.atHigh.mean - r.atLow.mean),
            },
          ],
    )
    .sort((a, b) => b.swing - a.swing || (a.parameter < b.parameter ? -1 : 1));
  const xs = [0, d.base?.mean ?? 0, ...bars.flatMap((b) => [b.atLow, b.atHigh])];
  return { bars, domain: [Math.min(...xs), Math.max(...xs)] };
};
