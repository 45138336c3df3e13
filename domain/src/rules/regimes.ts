/** The four rule regimes as data (domain.md §0 timeline). Each rule cites its source; docs/rules.md mirrors this file. */
import type { Regime } from "./regime";

const firstOpfoelgning = {
  dayIndex: 56,
  source: "SDL §13b stk. 1 (end of week 8); domain.md §1.4",
};
const kat1Opfoelgning = {
  source: "SDL §12 stk. 1 nr. 1 (follow up on expected raskmelding date); domain.md §1.3",
};
const fastTrack = {
  requestByDayIndex: 35,
  firstSamtaleWithinDays: 14,
  source: "SDL §7c, §13b stk. 2 (request within 5 weeks, samtale within 2 weeks); domain.md §1.4",
};
const countWithin26Weeks = {
  kind: "countWithin",
  count: 4,
  months: 6,
  source:
    "SDL §13b stk. 1 as of lov 1555/2019 (>= 4 samtaler 'inden for det første halve år', 6 calendar months); domain.md §1.4",
} as const;
const rehabKat3 = {
  withinDays: 28,
  source: "SDL §13d (kat 3 to rehabiliteringsteam within 4 weeks); domain.md §1.3",
};
const revurdering22 = {
  kind: "monthEnd",
  paidWeeks: 22,
  lookbackMonths: 9,
  source:
    "SDL §24 stk. 1 as of lov 720/2014 (>22 weeks in 9 months, stop at month end); domain.md §1.6",
} as const;
const jobafklaring = (onlyIfTvaerfaglig: boolean) => ({
  firstSamtaleWithinDays: 7,
  rehabiliteringsteamWithinDays: 28,
  rehabiliteringsteamOnlyIfTvaerfaglig: onlyIfTvaerfaglig,
  source:
    "SDL §24 stk. 2; first samtale within 1 week (STAR 20-12-2017), team within 4 weeks (L 165 2020/21); domain.md §1.7",
});
const cv = {
  withinDays: 14,
  source: "LAB §§22-23 (CV on Jobnet within 2 weeks of registration); domain.md §2.2",
};
const unpaid = (akasse: number) => ({
  ansat: 30,
  ledigForsikret: akasse,
  ledigUforsikret: 0,
  selvstaendig: 14,
  source:
    "SDL §30 (30-day arbejdsgiverperiode); a-kasse pays ledige the first 14 days from 2015; selvstændige: the municipality pays from the 15th day (SDL §41); domain.md §1.1",
});
const excluded = {
  ansat: 30,
  ledigForsikret: 14,
  ledigUforsikret: 0,
  selvstaendig: 14,
  source:
    "SDL §24 stk. 1 (first 30 days for ansatte, 2 weeks for selvstændige not counted); ledige: assumption, docs/rules.md; domain.md §1.6",
};

export const pre2014: Regime = {
  id: "pre2014",
  label: "Før 2015: 52-ugers varighedsbegrænsning",
  validFrom: "1900-01-01",
  kategorier: { allowed: [1, 2, 3], source: "SDL §12 as of 2005 (kat 1/2/3); domain.md §0" },
  firstOpfoelgning: {
    dayIndex: 56,
    source: "SDL §8 as of 2005 (within 8 weeks); domain.md §1.4, §1.8",
  },
  kat1Opfoelgning,
  cadence: {
    kind: "interval",
    daysByKategori: { 1: 91, 2: 56, 3: 91 },
    source:
      "Sygefraværsaftalen 2008: kat 1 and 3 every 3 months, otherwise every 8 weeks; domain.md §0, §1.4",
  },
  revurdering: {
    kind: "durationLimit",
    weeks: 52,
    source: "SDL §24 before lov 720/2014 (52-week limit); domain.md §1.6",
  },
  cvAfterRaskmelding: cv,
  unpaidDays: unpaid(0),
  revurderingExcludedDays: excluded,
};

export const regime2015: Regime = {
  id: "2015-2019",
  label: "2015-2019: opfølgning hver 4. uge",
  validFrom: "2015-01-01",
  kategorier: { allowed: [1, 2, 3], source: "SDL §12 as of lov 720/2014; domain.md §1.3" },
  firstOpfoelgning,
  kat1Opfoelgning,
  fastTrack,
  cadence: {
    kind: "interval",
    daysByKategori: { 2: 28, 3: 28 },
    source: "SDL §13b as of lov 720/2014 (kat 2/3 every 4 weeks); domain.md §1.4",
  },
  rehabiliteringsteamKat3: rehabKat3,
  revurdering: revurdering22,
  jobafklaring: jobafklaring(false),
  cvAfterRaskmelding: cv,
  unpaidDays: unpaid(14),
  revurderingExcludedDays: excluded,
};

export const regime2020: Regime = {
  ...regime2015,
  id: "2020-2024",
  label: "2020-2024: mindst 4 samtaler på 26 uger",
  validFrom: "2020-01-01",
  cadence: countWithin26Weeks,
};

// Kat 3 and with it the kat 3 rehabiliteringsteam deadline are gone from 2025.
const { rehabiliteringsteamKat3: _kat3Removed, ...regime2020WithoutKat3 } = regime2020;

export const regime2025: Regime = {
  ...regime2020WithoutKat3,
  id: "2025+",
  label: "2025 og frem: kategori 3 afskaffet, §13f én samtale",
  validFrom: "2025-01-01",
  kategorier: {
    allowed: [1, 2],
    source: "Aftale 14-03-2024, L 74 2024/25 (kat 3 abolished); domain.md §0, §1.3",
  },
  singleSamtale: { weeks: 13, source: "SDL §13f as of L 74 2024/25; domain.md §0, §1.4" },
  jobafklaring: jobafklaring(true),
};

/** All regimes, oldest first. */
export const regimes: ReadonlyArray<Regime> = [pre2014, regime2015, regime2020, regime2025];
