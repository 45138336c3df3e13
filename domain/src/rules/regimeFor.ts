/** Regime selection: by first absence day (default) or by id (scenario override). */
import type { RegimeId } from "../events/vocabulary";
import { toEpochDay } from "../time/epochDay";
import type { Regime } from "./regime";
import { pre2014, regime2015, regime2020, regime2025, regimes } from "./regimes";

const starts = [
  { from: toEpochDay(regime2025.validFrom), regime: regime2025 },
  { from: toEpochDay(regime2020.validFrom), regime: regime2020 },
  { from: toEpochDay(regime2015.validFrom), regime: regime2015 },
] as const;

/**
 * The regime in force for a spell, chosen by its first absence day (ISO date or epoch day).
 * Spells starting before 2015-01-01 get `pre2014` (see docs/decisions/0012).
 * @example regimeFor("2025-01-01").id // "2025+"
 */
export const regimeFor = (firstAbsenceDay: string | number): Regime => {
  const day = typeof firstAbsenceDay === "number" ? firstAbsenceDay : toEpochDay(firstAbsenceDay);
  for (const s of starts) if (day >= s.from) return s.regime;
  return pre2014;
};

const byId: Readonly<Record<RegimeId, Regime>> = {
  pre2014,
  "2015-2019": regime2015,
  "2020-2024": regime2020,
  "2025+": regime2025,
};

/** The regime with this id (ids are a closed set, so this is total). */
export const regimeById = (id: RegimeId): Regime => byId[id];

/** All regime ids, oldest first. */
export const regimeIds: ReadonlyArray<RegimeId> = regimes.map((r) => r.id);
