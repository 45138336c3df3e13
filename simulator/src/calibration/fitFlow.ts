/**
 * Population mix, branching shares and delays from case records: each estimate is the observed share or range
 * among the cases where the model's decision could happen (domain.md §1 for the steps). Shares with no eligible
 * case, and ranges with fewer than 10 observations, are left out (the base value stays).
 */
import type { CaseRecord } from "./caseRecord";
import { isLedigEmployment } from "./caseRecord";
import { type FittedValue, roundedShares } from "./fittedValue";
import { sampleQuantile } from "./sampleQuantile";

const MIN_RANGE_OBSERVATIONS = 10;
const DELVIS_LEAD_DAYS = 42;
/** The baseline praktik starts at least 6 weeks before the expected raskmelding and a week after ledighed. */
const PRAKTIK_LEAD_DAYS = 49;
/** A fast-track request is possible only in the first five weeks of absence (SDL §7c, sickPhase.ts). */
const FAST_TRACK_DAYS = 35;

const counts = (values: ReadonlyArray<string>): Map<string, number> => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
};

const share = (path: string[], hits: number, eligible: number): FittedValue[] =>
  eligible > 0 ? [{ path, value: Math.round((hits / eligible) * 1e4) / 1e4, n: eligible }] : [];

/** Integer range from the 2.5% and 97.5% quantiles: the model draws such delays uniformly in [min, max]. */
const range = (path: string[], days: ReadonlyArray<number>): FittedValue[] => {
  if (days.length < MIN_RANGE_OBSERVATIONS) return [];
  const min = Math.max(0, Math.floor(sampleQuantile(days, 0.025) as number));
  const max = Math.max(min, Math.ceil(sampleQuantile(days, 0.975) as number));
  return [{ path, value: { min, max }, n: days.length }];
};

export const fitPopulation = (rs: ReadonlyArray<CaseRecord>): FittedValue[] => {
  if (rs.length === 0) return [];
  const mix = (key: string, values: ReadonlyArray<string>): FittedValue => ({
    path: ["population", key],
    value: roundedShares(counts(values)),
    n: values.length,
  });
  const ansat = rs.filter((r) => r.employment === "ansat");
  const long = rs.filter((r) => r.kategori === 2 || r.kategori === 3);
  // A delvis raskmelding comes 2-6 weeks before the raskmelding (sickPhase.ts): only longer spells can show one.
  const longSick = rs.filter(
    (r) => r.raskmeldingDay !== undefined && r.raskmeldingDay - r.receivedDay > DELVIS_LEAD_DAYS,
  );
  const early = rs.filter((r) => r.receivedDay - r.firstAbsenceDay < FAST_TRACK_DAYS);
  return [
    mix(
      "beskaeftigelsesstatus",
      rs.map((r) => r.employment),
    ),
    mix(
      "diagnosegruppe",
      rs.map((r) => r.diagnosisGroup),
    ),
    mix(
      "aldersgruppe",
      rs.map((r) => r.ageBand),
    ),
    mix(
      "sektor",
      rs.map((r) => r.sector),
    ),
    ...share(
      ["population", "kategori3ShareOfLong"],
      long.filter((r) => r.kategori === 3).length,
      long.length,
    ),
    ...share(
      ["population", "dismissalShare"],
      ansat.filter((r) => r.dismissalDay !== undefined).length,
      ansat.length,
    ),
    ...share(
      ["population", "fastTrackShare"],
      early.filter((r) => r.fastTrack).length,
      early.length,
    ),
    ...share(
      ["population", "delvisRaskmeldingShare"],
      longSick.filter((r) => r.delvis).length,
      longSick.length,
    ),
  ];
};

export const fitBranching = (rs: ReadonlyArray<CaseRecord>): FittedValue[] => {
  const revurderet = rs.filter((r) => r.revurderingOutcome !== undefined);
  const sickLedig = rs.filter((r) => {
    const ledigFrom = isLedigEmployment(r.employment) ? r.receivedDay : r.dismissalDay;
    return (
      ledigFrom !== undefined &&
      r.raskmeldingDay !== undefined &&
      r.raskmeldingDay - ledigFrom > PRAKTIK_LEAD_DAYS
    );
  });
  return [
    ...share(
      ["revurdering", "extensionShare"],
      revurderet.filter((r) => r.revurderingOutcome === "forlaengelse").length,
      revurderet.length,
    ),
    ...share(
      ["ledig", "praktikShare"],
      sickLedig.filter((r) => r.praktikDay !== undefined).length,
      sickLedig.length,
    ),
  ];
};

export const fitDelays = (rs: ReadonlyArray<CaseRecord>): FittedValue[] => {
  const notice = (ledig: boolean) =>
    rs
      .filter((r) => isLedigEmployment(r.employment) === ledig)
      .map((r) => r.receivedDay - r.firstAbsenceDay);
  const handoff = rs.flatMap((r) =>
    r.handoffDay !== undefined && r.contactDay !== undefined && r.contactDay >= r.handoffDay
      ? [r.contactDay - r.handoffDay]
      : [],
  );
  const cv = rs.flatMap((r) =>
    r.raskmeldingDay !== undefined && r.cvDay !== undefined && r.cvDay >= r.raskmeldingDay
      ? [r.cvDay - r.raskmeldingDay]
      : [],
  );
  return [
    ...range(["notificationDays", "ansat"], notice(false)),
    ...range(["notificationDays", "ledig"], notice(true)),
    ...range(["ledig", "handoffDays"], handoff),
    ...range(["ledig", "cvDays"], cv),
  ];
};
